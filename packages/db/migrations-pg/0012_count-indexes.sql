DROP INDEX "outcome_ratings_review_id";--> statement-breakpoint
CREATE INDEX "outcome_ratings_review_id_attainment" ON "outcome_ratings" USING btree ("review_id","attainment");--> statement-breakpoint
CREATE INDEX "support_plan_transitions_plan_id_to_status" ON "support_plan_transitions" USING btree ("plan_id","to_status","record_version","at","plan_version");--> statement-breakpoint
CREATE INDEX "support_plan_transitions_review_closings" ON "support_plan_transitions" USING btree ("plan_id","record_version","at") WHERE "support_plan_transitions"."action" in ('complete-review', 'revise');