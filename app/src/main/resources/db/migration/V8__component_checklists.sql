-- Each component's own readiness checklist, beside the repository's (component_pos NULL).
ALTER TABLE checklist_item ADD COLUMN component_pos INT;
