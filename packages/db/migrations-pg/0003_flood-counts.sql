CREATE TABLE "flood_counts" (
	"limit_name" text NOT NULL,
	"hour" bigint NOT NULL,
	"address_hash" text NOT NULL,
	"count" bigint NOT NULL,
	"flood_group" text NOT NULL,
	CONSTRAINT "flood_counts_limit_name_hour_address_hash_pk" PRIMARY KEY("limit_name","hour","address_hash")
);
--> statement-breakpoint
CREATE TABLE "flood_hour_keys" (
	"hour" bigint NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "flood_hour_keys_hour_pk" PRIMARY KEY("hour")
);
