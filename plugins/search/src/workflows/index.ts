// No workflows: search writes only to its own index, from subscribers, the reindex script and the repair job.
export {}
