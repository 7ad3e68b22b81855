-- Concerns that came beyond the hourly limit from one address: stored like any other, marked and grouped for triage.
CREATE TABLE `safeguarding_concern_flood_marks` (
	`concern_id` text PRIMARY KEY NOT NULL,
	`flood_group` text NOT NULL,
	FOREIGN KEY (`concern_id`) REFERENCES `safeguarding_concerns`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `safeguarding_concern_flood_marks_flood_group` ON `safeguarding_concern_flood_marks` (`flood_group`);--> statement-breakpoint
CREATE TRIGGER `safeguarding_concern_flood_marks_no_update`
BEFORE UPDATE ON `safeguarding_concern_flood_marks`
BEGIN
	SELECT RAISE(ABORT, 'a flood mark on a safeguarding concern cannot be changed');
END;
--> statement-breakpoint
-- Anonymous responses held back from published results until a moderator releases them (the row is then removed).
-- WITHOUT ROWID, by hand, as for the responses: no insertion order is kept.
CREATE TABLE `coproduction_held_responses` (
	`response_id` text PRIMARY KEY NOT NULL,
	FOREIGN KEY (`response_id`) REFERENCES `coproduction_responses`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
-- No exact time for anything an anonymous response touches: when a survey wording was first answered and when a
-- one-time link was used keep the day only (midnight UTC, in milliseconds). Rows already stored are cut back to
-- their day; the triggers that keep these rows unchanged are lifted for that one update and put back.
DROP TRIGGER `coproduction_surveys_no_update`;
--> statement-breakpoint
UPDATE `coproduction_surveys` SET `first_used_at` = `first_used_at` - (`first_used_at` % 86400000);
--> statement-breakpoint
CREATE TRIGGER `coproduction_surveys_no_update`
BEFORE UPDATE ON `coproduction_surveys`
BEGIN
	SELECT RAISE(ABORT, 'a survey wording that has been answered cannot be changed: give the survey a new version');
END;
--> statement-breakpoint
CREATE TRIGGER `coproduction_surveys_first_used_day_only`
BEFORE INSERT ON `coproduction_surveys`
WHEN NEW.`first_used_at` % 86400000 <> 0
BEGIN
	SELECT RAISE(ABORT, 'first_used_at keeps the day only (midnight UTC), never the time');
END;
--> statement-breakpoint
DROP TRIGGER `coproduction_links_used_once`;
--> statement-breakpoint
UPDATE `coproduction_links` SET `used_at` = `used_at` - (`used_at` % 86400000) WHERE `used_at` IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `coproduction_links_used_once`
BEFORE UPDATE ON `coproduction_links`
WHEN OLD.`used_at` IS NOT NULL OR NEW.`used_at` IS NULL OR NEW.`token_hash` IS NOT OLD.`token_hash` OR NEW.`survey_id` IS NOT OLD.`survey_id` OR NEW.`expires_at` IS NOT OLD.`expires_at` OR NEW.`created_at` IS NOT OLD.`created_at` OR NEW.`created_by_user_id` IS NOT OLD.`created_by_user_id`
BEGIN
	SELECT RAISE(ABORT, 'a one-time survey link can only be marked used, once');
END;
--> statement-breakpoint
CREATE TRIGGER `coproduction_links_used_day_only`
BEFORE UPDATE OF `used_at` ON `coproduction_links`
WHEN NEW.`used_at` % 86400000 <> 0
BEGIN
	SELECT RAISE(ABORT, 'used_at keeps the day only (midnight UTC), never the time');
END;
