CREATE TABLE "financial_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"supersedes_id" text,
	"status" text NOT NULL,
	"kind" text NOT NULL,
	"answers" json NOT NULL,
	"result" json,
	"weekly_charge_pence" bigint,
	"weekly_cost_of_care_pence" bigint,
	"rules_version" text,
	"policy_name" text,
	"policy_version" text,
	"rates_year" text,
	"assessed_for" text,
	"reason" text,
	"uprating_run_id" text,
	"recorded_by_user_id" text NOT NULL,
	"recorded_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	CONSTRAINT "financial_assessments_status_known" CHECK ("financial_assessments"."status" in ('draft', 'submitted', 'confirmed')),
	CONSTRAINT "financial_assessments_kind_known" CHECK ("financial_assessments"."kind" in ('assessment', 'correction', 'confirmation', 'uprating')),
	CONSTRAINT "financial_assessments_result_complete" CHECK (("financial_assessments"."status" = 'draft' and "financial_assessments"."result" is null and "financial_assessments"."weekly_charge_pence" is null and "financial_assessments"."weekly_cost_of_care_pence" is null and "financial_assessments"."rules_version" is null and "financial_assessments"."rates_year" is null and "financial_assessments"."assessed_for" is null) or ("financial_assessments"."status" <> 'draft' and "financial_assessments"."result" is not null and "financial_assessments"."weekly_charge_pence" is not null and "financial_assessments"."weekly_cost_of_care_pence" is not null and "financial_assessments"."rules_version" is not null and "financial_assessments"."policy_name" is not null and "financial_assessments"."policy_version" is not null and "financial_assessments"."rates_year" is not null and "financial_assessments"."assessed_for" is not null)),
	CONSTRAINT "financial_assessments_pence_whole" CHECK (("financial_assessments"."weekly_charge_pence" is null or "financial_assessments"."weekly_charge_pence" >= 0) and ("financial_assessments"."weekly_cost_of_care_pence" is null or "financial_assessments"."weekly_cost_of_care_pence" >= 0)),
	CONSTRAINT "financial_assessments_charge_within_cost" CHECK ("financial_assessments"."weekly_charge_pence" is null or "financial_assessments"."weekly_charge_pence" <= "financial_assessments"."weekly_cost_of_care_pence"),
	CONSTRAINT "financial_assessments_assessed_for_date" CHECK ("financial_assessments"."assessed_for" is null or is_calendar_date("financial_assessments"."assessed_for")),
	CONSTRAINT "financial_assessments_kind_supersedes" CHECK ("financial_assessments"."kind" = 'assessment' or "financial_assessments"."supersedes_id" is not null),
	CONSTRAINT "financial_assessments_reason_given" CHECK ("financial_assessments"."kind" not in ('correction', 'uprating') or ("financial_assessments"."reason" is not null and length(trim("financial_assessments"."reason")) > 0)),
	CONSTRAINT "financial_assessments_draft_is_assessment" CHECK ("financial_assessments"."status" <> 'draft' or ("financial_assessments"."kind" = 'assessment' and "financial_assessments"."supersedes_id" is null)),
	CONSTRAINT "financial_assessments_uprating_run" CHECK (("financial_assessments"."kind" = 'uprating') = ("financial_assessments"."uprating_run_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "financial_evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"financial_assessment_id" text NOT NULL,
	"category" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" text NOT NULL,
	"uploaded_at" bigint NOT NULL,
	CONSTRAINT "financial_evidence_category_known" CHECK ("financial_evidence"."category" in ('income', 'disability-related-expenditure', 'capital', 'housing')),
	CONSTRAINT "financial_evidence_content_type_known" CHECK ("financial_evidence"."content_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "financial_evidence_size" CHECK ("financial_evidence"."size_bytes" = octet_length("financial_evidence"."content") and "financial_evidence"."size_bytes" > 0 and "financial_evidence"."size_bytes" <= 5242880),
	CONSTRAINT "financial_evidence_file_name_not_blank" CHECK (length(trim("financial_evidence"."file_name")) > 0 and length("financial_evidence"."file_name") <= 200),
	CONSTRAINT "financial_evidence_sha256_hex" CHECK ("financial_evidence"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "financial_assessments" ADD CONSTRAINT "financial_assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_assessments" ADD CONSTRAINT "financial_assessments_supersedes_id_financial_assessments_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."financial_assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_assessments" ADD CONSTRAINT "financial_assessments_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_evidence" ADD CONSTRAINT "financial_evidence_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_evidence" ADD CONSTRAINT "financial_evidence_financial_assessment_id_financial_assessments_id_fk" FOREIGN KEY ("financial_assessment_id") REFERENCES "public"."financial_assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_evidence" ADD CONSTRAINT "financial_evidence_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "financial_assessments_person_id_recorded_at" ON "financial_assessments" USING btree ("person_id","recorded_at");--> statement-breakpoint
CREATE INDEX "financial_assessments_status" ON "financial_assessments" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "financial_assessments_supersedes_id" ON "financial_assessments" USING btree ("supersedes_id") WHERE "financial_assessments"."supersedes_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "financial_assessments_one_draft_per_person" ON "financial_assessments" USING btree ("person_id") WHERE "financial_assessments"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "financial_evidence_financial_assessment_id" ON "financial_evidence" USING btree ("financial_assessment_id");--> statement-breakpoint
CREATE INDEX "financial_evidence_person_id" ON "financial_evidence" USING btree ("person_id");--> statement-breakpoint
-- SQLite's rowid, which history and evidence are ordered by to tell apart two rows written in the same millisecond,
-- as in 0002 (decision 020).
ALTER TABLE "financial_assessments" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint
ALTER TABLE "financial_evidence" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint
-- As SQLite's 0006: a submitted or confirmed financial assessment is a record of the charge a person was told, and is
-- never changed or removed (a correction, confirmation or uprating is a new version); only a draft changes, and it
-- can only be saved or sent. TRUNCATE skips row triggers, so it is refused too.
CREATE TRIGGER financial_assessments_recorded_unchangeable BEFORE UPDATE ON financial_assessments
FOR EACH ROW WHEN (OLD.status <> 'draft')
EXECUTE FUNCTION refuse_change('a recorded financial assessment cannot be changed: record a new version');
--> statement-breakpoint
CREATE TRIGGER financial_assessments_draft_only_sent BEFORE UPDATE ON financial_assessments
FOR EACH ROW WHEN (OLD.status = 'draft' AND (NEW.status NOT IN ('draft', 'submitted') OR NEW.person_id <> OLD.person_id OR NEW.id <> OLD.id OR NEW.kind <> 'assessment'))
EXECUTE FUNCTION refuse_change('a draft financial assessment can only be saved or sent, for the same person');
--> statement-breakpoint
CREATE TRIGGER financial_assessments_recorded_no_delete BEFORE DELETE ON financial_assessments
FOR EACH ROW WHEN (OLD.status <> 'draft')
EXECUTE FUNCTION refuse_change('a recorded financial assessment cannot be removed');
--> statement-breakpoint
CREATE TRIGGER financial_assessments_no_truncate BEFORE TRUNCATE ON financial_assessments
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a recorded financial assessment cannot be removed');
--> statement-breakpoint
-- A new version replaces a recorded version of the same person's assessment, never a draft or someone else's.
CREATE FUNCTION financial_assessment_supersedes_same_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (
		SELECT 1 FROM financial_assessments
		WHERE id = NEW.supersedes_id AND person_id = NEW.person_id AND status <> 'draft'
	) THEN
		RAISE EXCEPTION USING
			MESSAGE = 'a new financial assessment version must replace a recorded version of the same person''s assessment',
			ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER financial_assessments_supersedes_same_person BEFORE INSERT ON financial_assessments
FOR EACH ROW WHEN (NEW.supersedes_id IS NOT NULL)
EXECUTE FUNCTION financial_assessment_supersedes_same_person();
--> statement-breakpoint
CREATE TRIGGER financial_assessments_sent_supersedes_same_person BEFORE UPDATE ON financial_assessments
FOR EACH ROW WHEN (NEW.supersedes_id IS NOT NULL)
EXECUTE FUNCTION financial_assessment_supersedes_same_person();
--> statement-breakpoint
-- Evidence is what the person sent: kept exactly as received.
CREATE TRIGGER financial_evidence_no_update BEFORE UPDATE ON financial_evidence
FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence cannot be changed: send a new file');
--> statement-breakpoint
CREATE TRIGGER financial_evidence_no_delete BEFORE DELETE ON financial_evidence
FOR EACH ROW EXECUTE FUNCTION refuse_change('evidence cannot be removed');
--> statement-breakpoint
CREATE TRIGGER financial_evidence_no_truncate BEFORE TRUNCATE ON financial_evidence
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('evidence cannot be removed');
