-- The task list and the completion pipeline find an assessment by its Camunda process instance (docs/scale.md).
CREATE INDEX ix_assessment_process ON kp_assessment (process_instance_id);
