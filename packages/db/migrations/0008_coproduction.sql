-- Reserved for the coproduction tables; replaced by the real migration.
SELECT 1;
