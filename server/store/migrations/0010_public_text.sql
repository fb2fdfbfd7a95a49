-- What the public portal shows of a report's title and content, decided when
-- the center publishes it (third parties' phones, ID numbers, e-mails and
-- plates redacted by default, or the dispatcher's edited text). The original
-- title and content stay untouched for the reporter and the officers. NULL:
-- not published since this column exists; public views then redact the
-- original on the fly, so nothing unredacted is shown either way.
ALTER TABLE reports ADD COLUMN public_title TEXT;
ALTER TABLE reports ADD COLUMN public_content TEXT;
