-- Reserved for the support-plans tables; replaced by the real migration.
SELECT 1;
