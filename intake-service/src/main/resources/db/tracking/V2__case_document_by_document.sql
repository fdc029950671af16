-- A reviewer's request for a document: the cases whose files hold it (a document is stored once by its content, so
-- several cases may hold it), to learn whether one of them is the reviewer's.
CREATE INDEX case_document_by_document ON case_document (document_id);
