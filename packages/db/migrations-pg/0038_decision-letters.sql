CREATE TABLE "decision_letters" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"title" text NOT NULL,
	"rules_version" text NOT NULL,
	"sha256" text NOT NULL,
	"pdf" "bytea" NOT NULL,
	"made_by_user_id" text NOT NULL,
	"made_at" bigint NOT NULL,
	CONSTRAINT "decision_letters_kind_known" CHECK ("decision_letters"."kind" in ('eligibility-and-budget', 'charge')),
	CONSTRAINT "decision_letters_sha256_hex" CHECK (length("decision_letters"."sha256") = 64 and lower("decision_letters"."sha256") = "decision_letters"."sha256"),
	CONSTRAINT "decision_letters_pdf_not_empty" CHECK (length("decision_letters"."pdf") > 0),
	CONSTRAINT "decision_letters_title_not_blank" CHECK (length(trim("decision_letters"."title")) > 0)
);
--> statement-breakpoint
ALTER TABLE "decision_letters" ADD CONSTRAINT "decision_letters_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_letters" ADD CONSTRAINT "decision_letters_made_by_user_id_users_id_fk" FOREIGN KEY ("made_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_letters_person_id" ON "decision_letters" USING btree ("person_id","made_at");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_letters_subject" ON "decision_letters" USING btree ("subject");--> statement-breakpoint
-- A decision letter is kept as it was sent (see ../migrations/0040_decision-letters.sql).
CREATE TRIGGER decision_letters_no_update BEFORE UPDATE ON decision_letters
FOR EACH ROW EXECUTE FUNCTION refuse_change('a decision letter cannot be changed: it is kept as it was sent');
--> statement-breakpoint
CREATE TRIGGER decision_letters_no_delete BEFORE DELETE ON decision_letters
FOR EACH ROW EXECUTE FUNCTION refuse_change('a decision letter cannot be removed');
--> statement-breakpoint
CREATE TRIGGER decision_letters_no_truncate BEFORE TRUNCATE ON decision_letters
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a decision letter cannot be removed');
