-- The totals of the self-assessed and the reviewed score cards beside the cards themselves, so that the leadership
-- group's summary of a cycle's confirmations reads, sorts and pages numbers instead of every card
-- (docs/scale.md, "The leadership group's run"). Written with the cards; rows scored before this version keep
-- NULL and the summary reads their cards instead.
ALTER TABLE kp_assessment ADD COLUMN self_total DECIMAL(7,2) NULL;
ALTER TABLE kp_assessment ADD COLUMN reviewed_base DECIMAL(7,2) NULL;
ALTER TABLE kp_assessment ADD COLUMN reviewed_total DECIMAL(7,2) NULL;
