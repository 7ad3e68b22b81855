CREATE TABLE "direct_payment_spend_placements" (
	"id" text PRIMARY KEY NOT NULL,
	"return_id" text NOT NULL,
	"sequence" bigint NOT NULL,
	"supports" json NOT NULL,
	"result" json NOT NULL,
	"placed_by_user_id" text NOT NULL,
	"placed_at" bigint NOT NULL,
	CONSTRAINT "direct_payment_spend_placements_sequence_whole" CHECK ("direct_payment_spend_placements"."sequence" is not null and "direct_payment_spend_placements"."sequence" >= 1),
	CONSTRAINT "direct_payment_spend_placements_supports_json" CHECK ("direct_payment_spend_placements"."supports" is not null),
	CONSTRAINT "direct_payment_spend_placements_result_json" CHECK ("direct_payment_spend_placements"."result" is not null)
);
--> statement-breakpoint
ALTER TABLE "direct_payment_spend_placements" ADD CONSTRAINT "direct_payment_spend_placements_return_id_direct_payment_returns_id_fk" FOREIGN KEY ("return_id") REFERENCES "public"."direct_payment_returns"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "direct_payment_spend_placements" ADD CONSTRAINT "direct_payment_spend_placements_placed_by_user_id_users_id_fk" FOREIGN KEY ("placed_by_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "direct_payment_spend_placements_sequence" ON "direct_payment_spend_placements" USING btree ("return_id","sequence");--> statement-breakpoint
CREATE TRIGGER direct_payment_spend_placements_no_update BEFORE UPDATE ON direct_payment_spend_placements
FOR EACH ROW EXECUTE FUNCTION refuse_change('a placement of spend cannot be changed: place it again');
--> statement-breakpoint
CREATE TRIGGER direct_payment_spend_placements_no_delete BEFORE DELETE ON direct_payment_spend_placements
FOR EACH ROW EXECUTE FUNCTION refuse_change('a placement of spend cannot be removed');
--> statement-breakpoint
CREATE TRIGGER direct_payment_spend_placements_no_truncate BEFORE TRUNCATE ON direct_payment_spend_placements
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a placement of spend cannot be removed');
