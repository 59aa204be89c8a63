import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Triggers that tell every app instance's content read cache what a write changed (NOTIFY on channel content_cache,
 * sent by the write's own transaction, so delivered on commit and never for a rollback). The payload is the tags of
 * src/services/content/cache/contentCacheTags.ts, separated by spaces:
 *   content_pages, content_pages_locales → page:<platform>:<slug> nav:<platform> (old and new row)
 *   vendors (slug or name changed, deleted), vendor_platforms → vendor:<vendor>
 *   platforms, platforms_domains, platforms_locales → all (once per statement)
 * A schema change, not data: no backfill.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE FUNCTION content_cache_page_tags(platform_id integer, slug varchar) RETURNS text
    LANGUAGE sql AS $$ SELECT concat('page:', platform_id, ':', slug, ' nav:', platform_id) $$;

  CREATE FUNCTION content_cache_notify_page() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('content_cache', content_cache_page_tags(OLD.platform_id, OLD.slug)); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('content_cache', content_cache_page_tags(NEW.platform_id, NEW.slug)); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER content_cache_notify AFTER INSERT OR UPDATE OR DELETE ON "content_pages"
    FOR EACH ROW EXECUTE FUNCTION content_cache_notify_page();

  CREATE FUNCTION content_cache_notify_page_locale() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE page record;
  BEGIN
    FOR page IN
      SELECT platform_id, slug FROM "content_pages"
      WHERE id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD._parent_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW._parent_id END)
    LOOP
      PERFORM pg_notify('content_cache', content_cache_page_tags(page.platform_id, page.slug));
    END LOOP;
    RETURN NULL;
  END $$;
  CREATE TRIGGER content_cache_notify AFTER INSERT OR UPDATE OR DELETE ON "content_pages_locales"
    FOR EACH ROW EXECUTE FUNCTION content_cache_notify_page_locale();

  -- TG_ARGV[0]: the column holding the vendor's id (vendors.id, vendor_platforms.vendor_id).
  CREATE FUNCTION content_cache_notify_vendor() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('content_cache', concat('vendor:', to_jsonb(OLD) ->> TG_ARGV[0])); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('content_cache', concat('vendor:', to_jsonb(NEW) ->> TG_ARGV[0])); END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER content_cache_notify_update AFTER UPDATE ON "vendors"
    FOR EACH ROW WHEN (OLD.slug IS DISTINCT FROM NEW.slug OR OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION content_cache_notify_vendor('id');
  CREATE TRIGGER content_cache_notify_delete AFTER DELETE ON "vendors"
    FOR EACH ROW EXECUTE FUNCTION content_cache_notify_vendor('id');
  CREATE TRIGGER content_cache_notify AFTER INSERT OR UPDATE OR DELETE ON "vendor_platforms"
    FOR EACH ROW EXECUTE FUNCTION content_cache_notify_vendor('vendor_id');

  CREATE FUNCTION content_cache_notify_all() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('content_cache', 'all');
    RETURN NULL;
  END $$;
  CREATE TRIGGER content_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "platforms"
    FOR EACH STATEMENT EXECUTE FUNCTION content_cache_notify_all();
  CREATE TRIGGER content_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "platforms_domains"
    FOR EACH STATEMENT EXECUTE FUNCTION content_cache_notify_all();
  CREATE TRIGGER content_cache_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "platforms_locales"
    FOR EACH STATEMENT EXECUTE FUNCTION content_cache_notify_all();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER content_cache_notify ON "platforms_locales";
  DROP TRIGGER content_cache_notify ON "platforms_domains";
  DROP TRIGGER content_cache_notify ON "platforms";
  DROP TRIGGER content_cache_notify ON "vendor_platforms";
  DROP TRIGGER content_cache_notify_delete ON "vendors";
  DROP TRIGGER content_cache_notify_update ON "vendors";
  DROP TRIGGER content_cache_notify ON "content_pages_locales";
  DROP TRIGGER content_cache_notify ON "content_pages";
  DROP FUNCTION content_cache_notify_all();
  DROP FUNCTION content_cache_notify_vendor();
  DROP FUNCTION content_cache_notify_page_locale();
  DROP FUNCTION content_cache_notify_page();
  DROP FUNCTION content_cache_page_tags(integer, varchar);`)
}
