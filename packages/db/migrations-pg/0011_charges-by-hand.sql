CREATE TABLE "financial_charges_by_hand" (
	"financial_assessment_id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"reason" text NOT NULL,
	"sent_by_user_id" text NOT NULL,
	"sent_at" bigint NOT NULL,
	CONSTRAINT "financial_charges_by_hand_reason_given" CHECK (length(trim("financial_charges_by_hand"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "financial_charges_by_hand" ADD CONSTRAINT "financial_charges_by_hand_financial_assessment_id_financial_assessments_id_fk" FOREIGN KEY ("financial_assessment_id") REFERENCES "public"."financial_assessments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_charges_by_hand" ADD CONSTRAINT "financial_charges_by_hand_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "financial_charges_by_hand" ADD CONSTRAINT "financial_charges_by_hand_sent_by_user_id_users_id_fk" FOREIGN KEY ("sent_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "financial_charges_by_hand_sent_at" ON "financial_charges_by_hand" USING btree ("sent_at");--> statement-breakpoint
-- Hand-written below (keep when regenerating): SQLite's 0013 rules, with the same messages.
CREATE TRIGGER financial_charges_by_hand_no_update BEFORE UPDATE ON financial_charges_by_hand
FOR EACH ROW EXECUTE FUNCTION refuse_change('a financial assessment sent for its charge to be worked out by hand stays recorded as sent: it cannot be changed');
--> statement-breakpoint
CREATE TRIGGER financial_charges_by_hand_no_delete BEFORE DELETE ON financial_charges_by_hand
FOR EACH ROW EXECUTE FUNCTION refuse_change('a financial assessment sent for its charge to be worked out by hand stays recorded as sent: it cannot be removed');
--> statement-breakpoint
CREATE TRIGGER financial_charges_by_hand_no_truncate BEFORE TRUNCATE ON financial_charges_by_hand
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a financial assessment sent for its charge to be worked out by hand stays recorded as sent: it cannot be removed');
--> statement-breakpoint
CREATE FUNCTION financial_charges_by_hand_draft_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (
		SELECT 1 FROM financial_assessments
		WHERE id = NEW.financial_assessment_id AND person_id = NEW.person_id AND status = 'draft'
	) THEN
		RAISE EXCEPTION USING
			MESSAGE = 'only a draft financial assessment of the same person can be sent for its charge to be worked out by hand',
			ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER financial_charges_by_hand_draft_only BEFORE INSERT ON financial_charges_by_hand
FOR EACH ROW EXECUTE FUNCTION financial_charges_by_hand_draft_only();
--> statement-breakpoint
CREATE FUNCTION financial_assessments_sent_by_hand_answers_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.answers::text IS DISTINCT FROM OLD.answers::text
		AND EXISTS (SELECT 1 FROM financial_charges_by_hand WHERE financial_assessment_id = OLD.id) THEN
		RAISE EXCEPTION USING
			MESSAGE = 'a financial assessment sent for its charge to be worked out by hand keeps the answers it was sent with',
			ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER financial_assessments_sent_by_hand_answers_kept BEFORE UPDATE ON financial_assessments
FOR EACH ROW WHEN (OLD.status = 'draft')
EXECUTE FUNCTION financial_assessments_sent_by_hand_answers_kept();
