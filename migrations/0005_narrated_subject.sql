-- Who an act the outlet narrates is about ("Zelenskyy rejected the offer on Friday" is the
-- outlet's claim about Zelenskyy, not his statement). Such claims have no speaker; two of them
-- about different people are never one claim by themselves.
ALTER TABLE claims ADD COLUMN subject_id INTEGER REFERENCES speakers(id);
ALTER TABLE mentions ADD COLUMN subject_id INTEGER REFERENCES speakers(id);
