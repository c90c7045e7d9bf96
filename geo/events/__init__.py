"""Events: strike dates, grouping reports into events, corrections, the event table and store."""
