CREATE TABLE "carer_emergency_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"carer_person_id" text NOT NULL,
	"who_steps_in" text NOT NULL,
	"what_they_need_to_know" text NOT NULL,
	"how_to_reach_them" text NOT NULL,
	"written_by_user_id" text NOT NULL,
	"written_at" bigint NOT NULL,
	CONSTRAINT "carer_emergency_plans_who_given" CHECK (length(trim("carer_emergency_plans"."who_steps_in")) > 0),
	CONSTRAINT "carer_emergency_plans_what_given" CHECK (length(trim("carer_emergency_plans"."what_they_need_to_know")) > 0),
	CONSTRAINT "carer_emergency_plans_how_given" CHECK (length(trim("carer_emergency_plans"."how_to_reach_them")) > 0)
);
--> statement-breakpoint
CREATE TABLE "carer_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"carer_person_id" text NOT NULL,
	"carer_determination_id" text NOT NULL,
	"plan" json NOT NULL,
	"budget_kind" text NOT NULL,
	"budget_per" text,
	"amount_pence" bigint NOT NULL,
	"annual_pence" bigint NOT NULL,
	"delivery" text NOT NULL,
	"weekly_charge_pence" bigint NOT NULL,
	"explanation" json NOT NULL,
	"allocation_version" text NOT NULL,
	"rules_version" text NOT NULL,
	"agreed_by_user_id" text NOT NULL,
	"agreed_at" bigint NOT NULL,
	CONSTRAINT "carer_plans_budget_kind_known" CHECK ("carer_plans"."budget_kind" in ('one-off', 'recurring')),
	CONSTRAINT "carer_plans_budget_per" CHECK (("carer_plans"."budget_kind" = 'one-off' and "carer_plans"."budget_per" is null) or ("carer_plans"."budget_kind" = 'recurring' and "carer_plans"."budget_per" in ('week', 'four-weeks', 'year'))),
	CONSTRAINT "carer_plans_delivery_known" CHECK ("carer_plans"."delivery" in ('direct-payment', 'cassr-managed-personal-budget', 'cassr-commissioned-support')),
	CONSTRAINT "carer_plans_money" CHECK ("carer_plans"."amount_pence" > 0 and "carer_plans"."annual_pence" >= 0 and "carer_plans"."weekly_charge_pence" >= 0),
	CONSTRAINT "carer_plans_rules_version_given" CHECK (length(trim("carer_plans"."rules_version")) > 0)
);
--> statement-breakpoint
ALTER TABLE "carer_emergency_plans" ADD CONSTRAINT "carer_emergency_plans_carer_person_id_people_id_fk" FOREIGN KEY ("carer_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_emergency_plans" ADD CONSTRAINT "carer_emergency_plans_written_by_user_id_users_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_plans" ADD CONSTRAINT "carer_plans_carer_person_id_people_id_fk" FOREIGN KEY ("carer_person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_plans" ADD CONSTRAINT "carer_plans_carer_determination_id_carer_determinations_id_fk" FOREIGN KEY ("carer_determination_id") REFERENCES "public"."carer_determinations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_plans" ADD CONSTRAINT "carer_plans_agreed_by_user_id_users_id_fk" FOREIGN KEY ("agreed_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carer_emergency_plans_carer_person_id_written_at" ON "carer_emergency_plans" USING btree ("carer_person_id","written_at");--> statement-breakpoint
CREATE INDEX "carer_plans_carer_person_id_agreed_at" ON "carer_plans" USING btree ("carer_person_id","agreed_at");--> statement-breakpoint
-- Kept as agreed or written (see ../migrations/0031_carer-plans.sql).
CREATE TRIGGER carer_plans_no_update BEFORE UPDATE ON carer_plans
FOR EACH ROW EXECUTE FUNCTION refuse_change('a carer''s support plan cannot be changed: agree a new version');
--> statement-breakpoint
CREATE TRIGGER carer_plans_no_delete BEFORE DELETE ON carer_plans
FOR EACH ROW EXECUTE FUNCTION refuse_change('a carer''s support plan cannot be removed');
--> statement-breakpoint
CREATE TRIGGER carer_plans_no_truncate BEFORE TRUNCATE ON carer_plans
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a carer''s support plan cannot be removed');
--> statement-breakpoint
CREATE FUNCTION carer_plan_needs_eligible_determination() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (
		SELECT 1 FROM carer_determinations
		WHERE id = NEW.carer_determination_id AND carer_person_id = NEW.carer_person_id AND eligible
	) THEN
		RAISE EXCEPTION USING
			MESSAGE = 'a carer''s support plan is agreed only on their own determination that found them eligible',
			ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER carer_plans_on_eligible_determination BEFORE INSERT ON carer_plans
FOR EACH ROW EXECUTE FUNCTION carer_plan_needs_eligible_determination();
--> statement-breakpoint
CREATE TRIGGER carer_emergency_plans_no_update BEFORE UPDATE ON carer_emergency_plans
FOR EACH ROW EXECUTE FUNCTION refuse_change('a carer''s emergency plan cannot be changed: write a new version');
--> statement-breakpoint
CREATE TRIGGER carer_emergency_plans_no_delete BEFORE DELETE ON carer_emergency_plans
FOR EACH ROW EXECUTE FUNCTION refuse_change('a carer''s emergency plan cannot be removed');
--> statement-breakpoint
CREATE TRIGGER carer_emergency_plans_no_truncate BEFORE TRUNCATE ON carer_emergency_plans
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a carer''s emergency plan cannot be removed');
--> statement-breakpoint
-- SQLite's rowid, which the latest version is found by within one millisecond (as 0025).
ALTER TABLE "carer_plans" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint
ALTER TABLE "carer_emergency_plans" ADD COLUMN "rowid" bigint GENERATED ALWAYS AS IDENTITY;
