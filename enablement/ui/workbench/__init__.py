"""The marketer's workbench in the app: version diffs (more pages arrive with issue 12)."""
