-- Reserved for the safeguarding tables; replaced by the real migration.
SELECT 1;
