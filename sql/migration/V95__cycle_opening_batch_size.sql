-- The batch size with which a cycle's assessments are opened, fixed when the cycle is opened: the batch jobs select
-- their branches by offset (batch index × size), so a node started with another kaoping.cycle.opening-batch-size
-- while the cycle is opening must go on with the cycle's own size (docs/reliability.md). Cycles opened before this
-- migration used 100.
ALTER TABLE kp_cycle ADD COLUMN opening_batch_size INT NULL;
