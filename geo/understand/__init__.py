"""Understanding a report: place mentions, their roles, figures and damage per place."""
