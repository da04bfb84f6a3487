-- InnoAtlas schema, version 14: the events of no plan are found, and counted by region, from an index.
--
-- The navigator lists a region's events of no plan in a folder of their own and shows how many there
-- are before it is opened (NavigatorQueryReaders::regionEventCounts). The index by plan of version 1
-- found those events, but each one's region was read from its row: ten thousand row reads and a
-- temporary B-tree at national scale, on the way to the window's first paint. With the region beside
-- the plan in the index, the events of no plan are one range of it, in the order of their regions.
DROP INDEX event_plan;
CREATE INDEX event_plan ON event(plan_id, region_id);
