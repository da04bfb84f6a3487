-- InnoAtlas schema, version 12: writing a row builds no temporary table.
--
-- An import of a million budget lines writes some eight rows per line. Three kinds of definition made
-- SQLite build a small temporary table for every one of those rows, and building them was about a
-- fifth of the import's time:
--
-- 1. The triggers that mark a plan's chart pieces stale (version 11) inserted into
--    budget_piece_stale from a SELECT of budget_piece_stale itself, which SQLite first copies aside.
--    The mark is now an upsert that does nothing when the plan is marked already. Like the NOT
--    EXISTS before it, it needs no conflict clause that the outer statement's could override.
--
-- 2. The triggers that list a quote for the search (version 2) inserted its search document from a
--    SELECT after deleting the old one; SQLite saw the delete read search_doc and copied the
--    SELECT's row aside first. They now insert VALUES: a quote's text is never empty (its CHECK),
--    so their `WHERE NEW.text <> ''` always held.
--
-- 3. A CHECK that a value is one of a list, such as `kind IN ('source', 'quote', …)`, builds a table
--    of the list for every row checked. `kind = 'source' OR kind = 'quote' OR …` accepts and refuses
--    exactly the same values (NULL included) and costs next to nothing. The constraints are
--    rewritten in place, as SQLite's documentation on ALTER TABLE describes for a change that leaves
--    every stored row valid: the text of each CREATE TABLE in sqlite_schema is edited, with no table
--    copied. Migrations::apply() lets this script write sqlite_schema, then raises the schema's
--    version so that every connection reads the new definitions. PostgreSQL keeps its IN lists: it
--    builds no tables for them.
DROP TRIGGER budget_piece_line_inserted;
DROP TRIGGER budget_piece_line_updated;
DROP TRIGGER budget_piece_line_deleted;

CREATE TRIGGER budget_piece_line_inserted AFTER INSERT ON budget_line BEGIN
    INSERT INTO budget_piece_stale (plan_id) VALUES (NEW.plan_id) ON CONFLICT (plan_id) DO NOTHING;
END;

CREATE TRIGGER budget_piece_line_updated AFTER UPDATE ON budget_line BEGIN
    INSERT INTO budget_piece_stale (plan_id) VALUES (OLD.plan_id) ON CONFLICT (plan_id) DO NOTHING;
    INSERT INTO budget_piece_stale (plan_id) VALUES (NEW.plan_id) ON CONFLICT (plan_id) DO NOTHING;
END;

CREATE TRIGGER budget_piece_line_deleted AFTER DELETE ON budget_line BEGIN
    INSERT INTO budget_piece_stale (plan_id) VALUES (OLD.plan_id) ON CONFLICT (plan_id) DO NOTHING;
END;

DROP TRIGGER search_quote_inserted;
DROP TRIGGER search_quote_updated;

CREATE TRIGGER search_quote_inserted AFTER INSERT ON quote BEGIN
    DELETE FROM search_doc WHERE entity_id = NEW.id AND origin = 'quote';
    INSERT INTO search_doc (entity_id, origin, field, lang, tier)
    VALUES (NEW.id, 'quote', 'text', COALESCE((SELECT language FROM source WHERE id = NEW.source_id), ''), 3);
END;

CREATE TRIGGER search_quote_updated AFTER UPDATE OF id, source_id, text ON quote
WHEN OLD.text IS NOT NEW.text OR OLD.id IS NOT NEW.id OR OLD.source_id IS NOT NEW.source_id BEGIN
    DELETE FROM search_doc WHERE entity_id = OLD.id AND origin = 'quote';
    DELETE FROM search_doc WHERE entity_id = NEW.id AND origin = 'quote';
    INSERT INTO search_doc (entity_id, origin, field, lang, tier)
    VALUES (NEW.id, 'quote', 'text', COALESCE((SELECT language FROM source WHERE id = NEW.source_id), ''), 3);
END;

UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''source'', ''quote'', ''theme'', ''region'', ''population'', ''organisation'',
                    ''plan'', ''element'', ''stated_count'', ''budget_line'', ''target'', ''indicator'', ''event'', ''participation'',
                    ''figure'')',
    'kind = ''source'' OR kind = ''quote'' OR kind = ''theme'' OR kind = ''region'' OR kind = ''population'' OR kind = ''organisation'' OR kind = ''plan'' OR kind = ''element'' OR kind = ''stated_count'' OR kind = ''budget_line'' OR kind = ''target'' OR kind = ''indicator'' OR kind = ''event'' OR kind = ''participation'' OR kind = ''figure''')
 WHERE type = 'table' AND name = 'entity';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'lang IN (''ko'', ''en'')',
    'lang = ''ko'' OR lang = ''en'''),
    'status IN (''missing'', ''draft'', ''reviewed'', ''approved'')',
    'status = ''missing'' OR status = ''draft'' OR status = ''reviewed'' OR status = ''approved''')
 WHERE type = 'table' AND name = 'localized_text';

UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
    'kind IN (''article'', ''press-release'', ''statistics'', ''dataset'', ''report'')',
    'kind = ''article'' OR kind = ''press-release'' OR kind = ''statistics'' OR kind = ''dataset'' OR kind = ''report'''),
    'published_precision IN (''day'', ''month'', ''year'', ''approximate'')',
    'published_precision = ''day'' OR published_precision = ''month'' OR published_precision = ''year'' OR published_precision = ''approximate'''),
    'language IN (''ko'', ''en'')',
    'language = ''ko'' OR language = ''en''')
 WHERE type = 'table' AND name = 'source';

UPDATE sqlite_schema SET sql = replace(sql,
    'level IN (''country'', ''special-city'', ''metropolitan-city'',
                  ''special-self-governing-city'', ''province'', ''special-self-governing-province'', ''city'', ''county'',
                  ''district'', ''foreign-city'', ''foreign-region'')',
    'level = ''country'' OR level = ''special-city'' OR level = ''metropolitan-city'' OR level = ''special-self-governing-city'' OR level = ''province'' OR level = ''special-self-governing-province'' OR level = ''city'' OR level = ''county'' OR level = ''district'' OR level = ''foreign-city'' OR level = ''foreign-region''')
 WHERE type = 'table' AND name = 'region';

UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''government'', ''ministry'', ''agency'', ''company'', ''institute'', ''university'',
                  ''association'', ''committee'', ''international'', ''other'')',
    'kind = ''government'' OR kind = ''ministry'' OR kind = ''agency'' OR kind = ''company'' OR kind = ''institute'' OR kind = ''university'' OR kind = ''association'' OR kind = ''committee'' OR kind = ''international'' OR kind = ''other''')
 WHERE type = 'table' AND name = 'organisation';

UPDATE sqlite_schema SET sql = replace(sql,
    'announced_precision IN (''day'', ''month'', ''year'', ''approximate'')',
    'announced_precision = ''day'' OR announced_precision = ''month'' OR announced_precision = ''year'' OR announced_precision = ''approximate''')
 WHERE type = 'table' AND name = 'plan';

UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''goal'', ''strategy'', ''field'', ''area'', ''task'', ''project'')',
    'kind = ''goal'' OR kind = ''strategy'' OR kind = ''field'' OR kind = ''area'' OR kind = ''task'' OR kind = ''project''')
 WHERE type = 'table' AND name = 'element';

UPDATE sqlite_schema SET sql = replace(sql,
    'kind IN (''goal'', ''strategy'', ''field'', ''area'', ''task'', ''project'')',
    'kind = ''goal'' OR kind = ''strategy'' OR kind = ''field'' OR kind = ''area'' OR kind = ''task'' OR kind = ''project''')
 WHERE type = 'table' AND name = 'stated_count';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'funding IN (''national'', ''city'', ''provincial'', ''private'',
                          ''foreign-investment'', ''mixed'', ''unknown'')',
    'funding = ''national'' OR funding = ''city'' OR funding = ''provincial'' OR funding = ''private'' OR funding = ''foreign-investment'' OR funding = ''mixed'' OR funding = ''unknown'''),
    'kind IN (''planned'', ''secured'', ''invested'')',
    'kind = ''planned'' OR kind = ''secured'' OR kind = ''invested''')
 WHERE type = 'table' AND name = 'budget_line';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'unit IN (''percent'', ''won'', ''persons'', ''companies'', ''rank'', ''count'', ''km2'', ''m2'')',
    'unit = ''percent'' OR unit = ''won'' OR unit = ''persons'' OR unit = ''companies'' OR unit = ''rank'' OR unit = ''count'' OR unit = ''km2'' OR unit = ''m2'''),
    'has_baseline IN (0, 1)',
    'has_baseline = 0 OR has_baseline = 1')
 WHERE type = 'table' AND name = 'target';

UPDATE sqlite_schema SET sql = replace(sql,
    'unit IN (''percent'', ''won'', ''persons'', ''companies'', ''rank'', ''count'', ''km2'', ''m2'')',
    'unit = ''percent'' OR unit = ''won'' OR unit = ''persons'' OR unit = ''companies'' OR unit = ''rank'' OR unit = ''count'' OR unit = ''km2'' OR unit = ''m2''')
 WHERE type = 'table' AND name = 'indicator';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'kind IN (''announcement'', ''ceremony'', ''meeting'', ''designation'', ''agreement'', ''visit'',
                  ''investment'', ''milestone'', ''forum'', ''other'')',
    'kind = ''announcement'' OR kind = ''ceremony'' OR kind = ''meeting'' OR kind = ''designation'' OR kind = ''agreement'' OR kind = ''visit'' OR kind = ''investment'' OR kind = ''milestone'' OR kind = ''forum'' OR kind = ''other'''),
    'precision IN (''day'', ''month'', ''year'', ''approximate'')',
    'precision = ''day'' OR precision = ''month'' OR precision = ''year'' OR precision = ''approximate''')
 WHERE type = 'table' AND name = 'event';

UPDATE sqlite_schema SET sql = replace(sql,
    'role IN (''lead'', ''partner'', ''member'', ''prospective-member'', ''investor'', ''host'',
                        ''organiser'', ''chair'', ''attendee'', ''operator'', ''funder'', ''other'')',
    'role = ''lead'' OR role = ''partner'' OR role = ''member'' OR role = ''prospective-member'' OR role = ''investor'' OR role = ''host'' OR role = ''organiser'' OR role = ''chair'' OR role = ''attendee'' OR role = ''operator'' OR role = ''funder'' OR role = ''other''')
 WHERE type = 'table' AND name = 'participation';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'origin IN (''text'', ''quote'')',
    'origin = ''text'' OR origin = ''quote'''),
    'indexed IN (0, 1)',
    'indexed = 0 OR indexed = 1')
 WHERE type = 'table' AND name = 'search_doc';

UPDATE sqlite_schema SET sql = replace(sql,
    'view IN (''chart'', ''timeline'', ''targets'')',
    'view = ''chart'' OR view = ''timeline'' OR view = ''targets''')
 WHERE type = 'table' AND name = 'presenter_slide';

UPDATE sqlite_schema SET sql = replace(replace(replace(replace(sql,
    'lang IN (''ko'', ''en'')',
    'lang = ''ko'' OR lang = ''en'''),
    'reason IN (''edit'', ''status'', ''counterpart-changed'')',
    'reason = ''edit'' OR reason = ''status'' OR reason = ''counterpart-changed'''),
    'old_status IN (''missing'', ''draft'', ''reviewed'', ''approved'')',
    'old_status = ''missing'' OR old_status = ''draft'' OR old_status = ''reviewed'' OR old_status = ''approved'''),
    'new_status IN (''missing'', ''draft'', ''reviewed'', ''approved'')',
    'new_status = ''missing'' OR new_status = ''draft'' OR new_status = ''reviewed'' OR new_status = ''approved''')
 WHERE type = 'table' AND name = 'text_history';

UPDATE sqlite_schema SET sql = replace(sql,
    'lang IN (''ko'', ''en'')',
    'lang = ''ko'' OR lang = ''en''')
 WHERE type = 'table' AND name = 'review_flag';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'lang IN (''ko'', ''en'')',
    'lang = ''ko'' OR lang = ''en'''),
    'kind IN (''accepted'', ''forbidden'')',
    'kind = ''accepted'' OR kind = ''forbidden''')
 WHERE type = 'table' AND name = 'glossary_variant';

UPDATE sqlite_schema SET sql = replace(sql,
    'lang IN (''ko'', ''en'')',
    'lang = ''ko'' OR lang = ''en''')
 WHERE type = 'table' AND name = 'finding_dismissal';

UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
    'split IN (0, 1, 2)',
    'split = 0 OR split = 1 OR split = 2'),
    'estimated IN (0, 1)',
    'estimated = 0 OR estimated = 1'),
    'remainder IN (0, 1)',
    'remainder = 0 OR remainder = 1')
 WHERE type = 'table' AND name = 'budget_piece';

