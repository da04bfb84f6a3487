-- InnoAtlas schema, version 13: a search document enters the prefix indexes once its prefix is known.
--
-- The prefixes of the names and titles (tier 0) are written by SearchIndex::sync(), after the text;
-- until then they are NULL. The indexes of version 2 listed every tier-0 document, NULL prefix
-- included: each label an import writes made two index entries that sync() then moved. They now
-- list the documents whose prefix is known; the search's prefix stage (SearchCandidates) compares
-- the prefix with a range, which SQLite knows rules out NULL, so it uses them as before.
DROP INDEX search_doc_prefix;
DROP INDEX search_doc_iprefix;
CREATE INDEX search_doc_prefix ON search_doc(prefix) WHERE prefix IS NOT NULL;
CREATE INDEX search_doc_iprefix ON search_doc(iprefix) WHERE iprefix IS NOT NULL;
