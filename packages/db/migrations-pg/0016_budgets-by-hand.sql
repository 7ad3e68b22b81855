CREATE TABLE "assessment_budgets_by_hand" (
	"assessment_id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"reason" text NOT NULL,
	"sent_by_user_id" text NOT NULL,
	"sent_on_behalf" boolean NOT NULL,
	"sent_at" bigint NOT NULL,
	CONSTRAINT "assessment_budgets_by_hand_reason_given" CHECK (length(trim("assessment_budgets_by_hand"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "assessment_budgets_by_hand" ADD CONSTRAINT "assessment_budgets_by_hand_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_budgets_by_hand" ADD CONSTRAINT "assessment_budgets_by_hand_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_budgets_by_hand" ADD CONSTRAINT "assessment_budgets_by_hand_sent_by_user_id_users_id_fk" FOREIGN KEY ("sent_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_budgets_by_hand_sent_at" ON "assessment_budgets_by_hand" USING btree ("sent_at");--> statement-breakpoint
-- Hand-written below (keep when regenerating): SQLite's 0018 rules, with the same messages.
CREATE TRIGGER assessment_budgets_by_hand_no_update BEFORE UPDATE ON assessment_budgets_by_hand
FOR EACH ROW EXECUTE FUNCTION refuse_change('a self-assessment sent for its budget to be worked out by a person stays recorded as sent: it cannot be changed');
--> statement-breakpoint
CREATE TRIGGER assessment_budgets_by_hand_no_delete BEFORE DELETE ON assessment_budgets_by_hand
FOR EACH ROW EXECUTE FUNCTION refuse_change('a self-assessment sent for its budget to be worked out by a person stays recorded as sent: it cannot be removed');
--> statement-breakpoint
CREATE TRIGGER assessment_budgets_by_hand_no_truncate BEFORE TRUNCATE ON assessment_budgets_by_hand
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a self-assessment sent for its budget to be worked out by a person stays recorded as sent: it cannot be removed');
--> statement-breakpoint
CREATE FUNCTION assessment_budgets_by_hand_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (
		SELECT 1 FROM assessments
		WHERE id = NEW.assessment_id AND person_id = NEW.person_id AND status = 'draft'
	) THEN
		RAISE EXCEPTION USING
			MESSAGE = 'only a draft self-assessment of the same person can be sent for its budget to be worked out by a person',
			ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER assessment_budgets_by_hand_draft_only BEFORE INSERT ON assessment_budgets_by_hand
FOR EACH ROW EXECUTE FUNCTION assessment_budgets_by_hand_draft_only();
--> statement-breakpoint
CREATE FUNCTION assessments_sent_by_hand_answers_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.answers::text IS DISTINCT FROM OLD.answers::text
		AND EXISTS (SELECT 1 FROM assessment_budgets_by_hand WHERE assessment_id = OLD.id) THEN
		RAISE EXCEPTION USING
			MESSAGE = 'a self-assessment sent for its budget to be worked out by a person keeps the answers it was sent with',
			ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER assessments_sent_by_hand_answers_kept BEFORE UPDATE ON assessments
FOR EACH ROW WHEN (OLD.status = 'draft')
EXECUTE FUNCTION assessments_sent_by_hand_answers_kept();
