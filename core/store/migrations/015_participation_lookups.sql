-- InnoAtlas schema, version 15: a participation is found from its event and from its participant
-- through an index.
--
-- A participation belongs to a plan directly or through one of the plan's events, and names an
-- organisation or a region. Version 10 indexed the plan only, so every question about a plan's
-- participations (its overview's partners, the navigator's rows and its filter, plan by plan) and
-- every search for a participant's name read the whole table, and so did each deletion of an event,
-- an organisation or a region (their foreign keys cascade to participation). A national database
-- names thousands of partners; the questions are asked for each plan shown.
CREATE INDEX participation_event ON participation(event_id);
CREATE INDEX participation_organisation ON participation(organisation_id);
CREATE INDEX participation_region ON participation(region_id);
