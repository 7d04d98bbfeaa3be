-- Optimizer runs over several Cairn nodes: a cancel asked on any node is recorded on the run, and
-- the node running it notices; that node beats on its runs, so a run whose node stopped can be
-- told from one still being worked on elsewhere.
ALTER TABLE selection_run ADD COLUMN cancel_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE selection_run ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
