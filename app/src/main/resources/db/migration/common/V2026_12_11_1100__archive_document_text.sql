-- The text of a document's latest version, as Tika extracts it at upload (at most 200,000
-- characters), for the search across Cairn. Older documents get it from their file when the search
-- index is rebuilt with the archive's backfill.
alter table arc_document add column latest_text varchar(200000);
