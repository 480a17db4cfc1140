"""The audit trail: who changed what, and when (`record`, `AuditLog`)."""
