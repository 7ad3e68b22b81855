-- Reserved for the financial-assessments tables; replaced by the real migration.
SELECT 1;
