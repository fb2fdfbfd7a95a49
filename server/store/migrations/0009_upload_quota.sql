-- The upload quota sums an account's attachments outside sent reports
-- and its unfinished uploads (uploads_store.cpp held_upload_bytes) at every
-- upload: find both by account.
CREATE INDEX attachments_uploader ON attachments(uploaded_by);
CREATE INDEX uploads_account ON uploads(account_id);
