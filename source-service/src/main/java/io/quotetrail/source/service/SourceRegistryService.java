package io.quotetrail.source.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quotetrail.source.model.MentionContext;
import io.quotetrail.source.model.Source;
import io.quotetrail.source.model.SourceAlias;
import io.quotetrail.source.model.SourceDomain;
import io.quotetrail.source.model.SourceKind;
import io.quotetrail.source.repository.SourceAliasRepository;
import io.quotetrail.source.repository.SourceDomainRepository;
import io.quotetrail.source.repository.SourceRepository;
import io.quotetrail.source.repository.SourceRepository.PagePosition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The registry of sources: resolves mentions to sources (creating the unknown ones), reads and
 * edits sources with their aliases and web domains, and merges two sources that name one entity.
 */
@ApplicationScoped
public class SourceRegistryService {

    public static final int MAX_MENTIONS = 1000;
    public static final int MAX_NAME_LENGTH = 300;
    public static final int MAX_URL_LENGTH = 2048;
    public static final int MAX_EXTERNAL_ID_LENGTH = 200;
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    private static final int MAX_KEY_LENGTH = 600;
    /** A batch losing a deadlock or a race is run again this many times before failing. */
    private static final int RESOLVE_RETRIES = 3;

    private static final Logger LOG = Logger.getLogger(SourceRegistryService.class);

    private final SourceRepository sources;
    private final SourceAliasRepository aliases;
    private final SourceDomainRepository domains;
    private final NameKeys nameKeys;
    private final KindInference kindInference;

    @Inject
    public SourceRegistryService(SourceRepository sources, SourceAliasRepository aliases,
                                 SourceDomainRepository domains) {
        this.sources = sources;
        this.aliases = aliases;
        this.domains = domains;
        MentionVocabulary vocabulary = MentionVocabulary.load(MentionVocabulary.DEFAULT_RESOURCE);
        this.nameKeys = new NameKeys(vocabulary);
        this.kindInference = new KindInference(vocabulary);
    }

    // ---------------------------------------------------------------- mentions

    /**
     * Resolves mentions to sources, in order, in one transaction. Mentions that match no known name,
     * alias or domain create a source; equal mentions in one batch share it. A batch that loses a
     * race or a deadlock against another is run again and then finds the other's sources.
     */
    public Uni<List<Resolution>> resolveMentions(List<MentionInput> mentions) {
        return Uni.createFrom().deferred(() -> {
                    List<ReadMention> read = readMentions(mentions);
                    if (read.isEmpty()) {
                        return Uni.createFrom().item(List.<Resolution>of());
                    }
                    return Panache.withTransaction(() -> resolveBatch(read));
                })
                .onFailure(DatabaseFailures::isRetryable).retry().atMost(RESOLVE_RETRIES);
    }

    /** A validated mention with the keys and domains it may match. */
    private record ReadMention(int index, MentionInput input, String key, List<String> keysWithoutDescriptors,
                               String orderFreeKey, List<String> domains, boolean generic, String displayName) {
    }

    private List<ReadMention> readMentions(List<MentionInput> mentions) {
        if (mentions.size() > MAX_MENTIONS) {
            throw new InvalidArgumentException(
                    "mentions must hold at most " + MAX_MENTIONS + " entries, not " + mentions.size());
        }
        List<ReadMention> read = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            MentionInput mention = mentions.get(i);
            String field = "mentions[" + i + "]";
            String text = requireName(mention.text(), field + ".text");
            String key = requireKey(text, field + ".text");
            String url = mention.url() == null ? "" : mention.url().trim();
            if (url.length() > MAX_URL_LENGTH) {
                throw new InvalidArgumentException(field + ".url must be at most " + MAX_URL_LENGTH + " characters");
            }
            Set<String> mentionDomains = new LinkedHashSet<>();
            WebDomains.domainOf(url).ifPresent(domain -> mentionDomains.addAll(WebDomains.withParents(domain)));
            WebDomains.domainOf(text).ifPresent(domain -> mentionDomains.addAll(WebDomains.withParents(domain)));
            read.add(new ReadMention(i, mention, key, nameKeys.withoutDescriptors(key), nameKeys.orderFreeKey(key),
                    List.copyOf(mentionDomains),
                    nameKeys.isGeneric(key), truncate(NameKeys.displayName(text))));
        }
        return read;
    }

    private Uni<List<Resolution>> resolveBatch(List<ReadMention> mentions) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> candidateDomains = new LinkedHashSet<>();
        for (ReadMention mention : mentions) {
            keys.add(mention.key());
            keys.addAll(mention.keysWithoutDescriptors());
            if (mention.orderFreeKey() != null) {
                keys.add(mention.orderFreeKey());
            }
            candidateDomains.addAll(mention.domains());
        }
        return aliases.findByKeys(keys).chain(aliasRows -> domains.findByDomains(candidateDomains).chain(domainRows -> {
            Map<String, UUID> ownerByKey = new HashMap<>();
            aliasRows.forEach(row -> ownerByKey.put(row.aliasKey, row.sourceId));
            Map<String, UUID> ownerByDomain = new HashMap<>();
            domainRows.forEach(row -> ownerByDomain.put(row.domain, row.sourceId));

            UUID[] resolved = new UUID[mentions.size()];
            String[] creationKey = new String[mentions.size()];
            for (ReadMention mention : mentions) {
                resolved[mention.index()] = knownSource(mention, ownerByKey, ownerByDomain);
                if (resolved[mention.index()] == null && !mention.generic() && !mention.input().knownOnly()) {
                    creationKey[mention.index()] = mention.key();
                }
            }
            SortedCreations creations = planCreations(mentions, creationKey);
            return createAll(creations.byKey()).chain(outcomes -> {
                boolean[] created = new boolean[mentions.size()];
                for (ReadMention mention : mentions) {
                    String key = creationKey[mention.index()];
                    if (key != null) {
                        Outcome outcome = outcomes.get(key);
                        resolved[mention.index()] = outcome.sourceId();
                        created[mention.index()] = outcome.created();
                    }
                }
                Set<UUID> ids = new LinkedHashSet<>();
                for (UUID id : resolved) {
                    if (id != null) {
                        ids.add(id);
                    }
                }
                return views(ids).map(views -> {
                    List<Resolution> resolutions = new ArrayList<>(mentions.size());
                    for (int i = 0; i < resolved.length; i++) {
                        resolutions.add(new Resolution(resolved[i] == null ? null : views.get(resolved[i]), created[i]));
                    }
                    return resolutions;
                });
            });
        }));
    }

    /**
     * The source a mention names by its exact key, by its key without descriptors, by its words in
     * another order (see {@link NameKeys#orderFreeKey}), or by its web domain.
     */
    private static UUID knownSource(ReadMention mention, Map<String, UUID> ownerByKey, Map<String, UUID> ownerByDomain) {
        UUID owner = ownerByKey.get(mention.key());
        if (owner != null) {
            return owner;
        }
        for (String key : mention.keysWithoutDescriptors()) {
            owner = ownerByKey.get(key);
            if (owner != null) {
                return owner;
            }
        }
        if (mention.orderFreeKey() != null && (owner = ownerByKey.get(mention.orderFreeKey())) != null) {
            return owner;
        }
        for (String domain : mention.domains()) {
            owner = ownerByDomain.get(domain);
            if (owner != null) {
                return owner;
            }
        }
        return null;
    }

    private record SortedCreations(TreeMap<String, ReadMention> byKey) {
    }

    /**
     * One new source per distinct key. A mention such as "news agency Foo" joins the "Foo" another
     * mention of the batch creates. Keys are created in sorted order so that two batches never wait
     * on each other's keys in opposite orders.
     */
    private static SortedCreations planCreations(List<ReadMention> mentions, String[] creationKey) {
        Set<String> planned = new LinkedHashSet<>();
        for (String key : creationKey) {
            if (key != null) {
                planned.add(key);
            }
        }
        Map<String, String> plannedByOrderFreeKey = new HashMap<>();
        for (ReadMention mention : mentions) {
            if (creationKey[mention.index()] == null) {
                continue;
            }
            for (String key : mention.keysWithoutDescriptors()) {
                if (planned.contains(key)) {
                    creationKey[mention.index()] = key;
                    break;
                }
            }
            // "Haldorian Culture Ministry" and "Culture Ministry of Haldoria" in one batch are one new source
            if (mention.orderFreeKey() != null) {
                creationKey[mention.index()] = plannedByOrderFreeKey.computeIfAbsent(mention.orderFreeKey(),
                        k -> creationKey[mention.index()]);
            }
        }
        // The new source is named after the first mention written exactly as its key, if any.
        TreeMap<String, ReadMention> byKey = new TreeMap<>();
        for (ReadMention mention : mentions) {
            String key = creationKey[mention.index()];
            if (key != null && key.equals(mention.key())) {
                byKey.putIfAbsent(key, mention);
            }
        }
        for (ReadMention mention : mentions) {
            String key = creationKey[mention.index()];
            if (key != null) {
                byKey.putIfAbsent(key, mention);
            }
        }
        return new SortedCreations(byKey);
    }

    private record Outcome(UUID sourceId, boolean created) {
    }

    private Uni<Map<String, Outcome>> createAll(TreeMap<String, ReadMention> creations) {
        Map<String, Outcome> outcomes = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, ReadMention> creation : creations.entrySet()) {
            chain = chain.chain(() -> createOrFind(creation.getKey(), creation.getValue()))
                    .invoke(outcome -> outcomes.put(creation.getKey(), outcome))
                    .replaceWithVoid();
        }
        return chain.replaceWith(outcomes);
    }

    /**
     * Creates a source for an unknown name, unless a concurrent transaction registered the name
     * first: then that source is the answer. The name is claimed before the source is written (the
     * foreign key is checked at commit), so a lost race leaves nothing to undo.
     */
    private Uni<Outcome> createOrFind(String key, ReadMention mention) {
        MentionInput input = mention.input();
        SourceKind kind = kindInference.infer(key, input.context() == null ? MentionContext.UNSPECIFIED : input.context(),
                input.kindHint());
        Source source = Source.create(mention.displayName(), kind, null);
        return aliases.claim(key, mention.displayName(), source.id).chain(owner -> {
            if (source.id.equals(owner)) {
                return sources.persistAndFlush(source)
                        .chain(() -> mention.orderFreeKey() == null ? Uni.createFrom().voidItem()
                                : aliases.claim(mention.orderFreeKey(), mention.displayName(), source.id).replaceWithVoid())
                        .chain(() -> claimMentionDomain(source, mention))
                        .replaceWith(new Outcome(source.id, true));
            }
            if (owner == null) {
                throw new DatabaseFailures.ConcurrentChangeException("alias " + key + " vanished while claimed");
            }
            LOG.debugf("Another request registered '%s' first; using its source %s", key, owner);
            return Uni.createFrom().item(new Outcome(owner, false));
        });
    }

    /** A new outlet seen with its URL gets that web domain, when no other source holds it. */
    private Uni<Void> claimMentionDomain(Source source, ReadMention mention) {
        if (source.kind == SourceKind.PERSON || mention.domains().isEmpty()
                || mention.input().url() == null || mention.input().url().isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return domains.claim(mention.domains().get(0), source.id).replaceWithVoid();
    }

    // ---------------------------------------------------------------- reads

    /** The source with this id; for a merged one, the source it was merged into (merges keep chains one hop long). */
    @WithSession
    public Uni<SourceView> getSource(String id) {
        return Uni.createFrom().deferred(() -> {
            UUID sourceId = parseId(id, "id");
            return sources.findById(sourceId).chain(source -> {
                if (source == null) {
                    throw new SourceNotFoundException(sourceId);
                }
                return view(source.mergedInto != null ? source.mergedInto : source.id);
            });
        });
    }

    /**
     * Live sources ordered by canonical name, optionally only those with a name or alias containing
     * the query, or of one kind ({@code null} for all). Merged sources are left out: their names are
     * the survivors' now.
     */
    @WithSession
    public Uni<SourcePage> listSources(int pageSize, String pageToken, String query, SourceKind kind) {
        return Uni.createFrom().deferred(() -> {
            if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
                throw new InvalidArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE
                        + " (0 means " + DEFAULT_PAGE_SIZE + "), not " + pageSize);
            }
            int size = pageSize == 0 ? DEFAULT_PAGE_SIZE : pageSize;
            PagePosition after = pageToken == null || pageToken.isBlank() ? null : PageTokens.decode(pageToken);
            String queryKey = query == null ? "" : NameKeys.key(query);
            String pattern = queryKey.isEmpty() ? null : "%" + queryKey + "%";
            return sources.page(after, pattern, kind, size + 1).chain(rows -> {
                boolean more = rows.size() > size;
                List<Source> page = more ? rows.subList(0, size) : rows;
                String next = more ? PageTokens.encode(new PagePosition(page.get(size - 1).name, page.get(size - 1).id)) : "";
                List<UUID> ids = page.stream().map(source -> source.id).toList();
                return views(ids).map(views -> new SourcePage(ids.stream().map(views::get).toList(), next));
            });
        });
    }

    // ---------------------------------------------------------------- edits

    /** Creates a source (empty id) or updates one; aliases and domains are only ever added. */
    @WithTransaction
    public Uni<SourceView> upsertSource(SourceDraft draft) {
        return Uni.createFrom().deferred(() -> {
            String externalId = draft.externalId() == null ? "" : draft.externalId().trim();
            if (externalId.length() > MAX_EXTERNAL_ID_LENGTH) {
                throw new InvalidArgumentException(
                        "source.external_id must be at most " + MAX_EXTERNAL_ID_LENGTH + " characters");
            }
            List<PendingName> names = readAliases(draft.aliases(), "source.aliases");
            List<PendingDomain> newDomains = readDomains(draft.domains(), "source.domains");
            boolean create = draft.id() == null || draft.id().isBlank();
            if (create) {
                String name = requireName(draft.name(), "source.name");
                if (draft.kind() == null) {
                    throw new InvalidArgumentException("source.kind must be set when creating a source");
                }
                return createSource(name, draft.kind(), externalId, names, newDomains);
            }
            UUID id = parseId(draft.id(), "source.id");
            String name = draft.name() == null || draft.name().isBlank() ? null : requireName(draft.name(), "source.name");
            return updateSource(id, name, draft.kind(), externalId, names, newDomains);
        });
    }

    @WithTransaction
    public Uni<SourceView> addAliases(String id, List<String> newAliases) {
        return Uni.createFrom().deferred(() -> {
            UUID sourceId = parseId(id, "id");
            if (newAliases.isEmpty()) {
                throw new InvalidArgumentException("aliases must not be empty");
            }
            List<PendingName> names = readAliases(newAliases, "aliases");
            return findEditable(sourceId)
                    .chain(source -> claimAll(source.id, names, List.of(), true))
                    .chain(() -> view(sourceId));
        });
    }

    private record PendingName(String field, String text, String key) {
    }

    private record PendingDomain(String field, String domain) {
    }

    private Uni<SourceView> createSource(String name, SourceKind kind, String externalId, List<PendingName> aliasNames,
                                         List<PendingDomain> newDomains) {
        String nameKey = requireKey(name, "source.name");
        return aliases.ownerOf(nameKey).chain(owner -> {
            if (owner != null) {
                return nameTaken("source.name", name, owner);
            }
            Source source = Source.create(name.trim(), kind, externalId.isEmpty() ? null : externalId);
            List<PendingName> names = new ArrayList<>();
            names.add(new PendingName("source.name", source.name, nameKey));
            names.addAll(aliasNames);
            return sources.persistAndFlush(source)
                    .chain(() -> claimAll(source.id, names, newDomains, true))
                    .chain(() -> view(source.id));
        });
    }

    private Uni<SourceView> updateSource(UUID id, String name, SourceKind kind, String externalId,
                                         List<PendingName> aliasNames, List<PendingDomain> newDomains) {
        return findEditable(id).chain(source -> {
            List<PendingName> names = new ArrayList<>();
            if (name != null) {
                // The former name stays registered as an alias: renaming never drops a name.
                source.name = name.trim();
                names.add(new PendingName("source.name", source.name, requireKey(name, "source.name")));
            }
            names.addAll(aliasNames);
            if (kind != null) {
                source.kind = kind;
            }
            if (!externalId.isEmpty()) {
                source.externalId = externalId;
            }
            source.updatedAt = Instant.now();
            return claimAll(source.id, names, newDomains, true).chain(() -> view(source.id));
        });
    }

    /**
     * The source to edit, its row share-locked until the transaction ends: a concurrent merge of it
     * waits for the edit (and then moves the new names too), or the edit waits for the merge and is
     * refused. A merged source is not edited: its names are the survivor's now.
     */
    private Uni<Source> findEditable(UUID id) {
        return sources.findById(id, LockModeType.PESSIMISTIC_READ).map(source -> {
            if (source == null) {
                throw new SourceNotFoundException(id);
            }
            if (source.mergedInto != null) {
                throw new PreconditionFailedException("source " + id + " was merged into " + source.mergedInto
                        + "; edit that source instead");
            }
            return source;
        });
    }

    // ---------------------------------------------------------------- merges

    /**
     * Merges one source into another that names the same entity; see {@link #checkMergeable} for
     * what is refused. The survivor gains the merged source's names (its canonical name becomes an
     * alias), web domains, external id and earlier tombstones; the merged source becomes a tombstone
     * pointing to the survivor. Merging again into the same survivor changes nothing (a retry is safe).
     *
     * @return the survivor
     */
    @WithTransaction
    public Uni<SourceView> mergeSources(String fromId, String intoId) {
        return Uni.createFrom().deferred(() -> {
            UUID from = parseId(fromId, "from_id");
            UUID into = parseId(intoId, "into_id");
            if (from.equals(into)) {
                throw new InvalidArgumentException("into_id must name another source than from_id: a source cannot be"
                        + " merged into itself");
            }
            // Both rows locked in one order whatever the direction: A into B and B into A at once cannot deadlock.
            boolean fromFirst = from.compareTo(into) < 0;
            Map<UUID, Source> locked = new HashMap<>();
            return lockForMerge(fromFirst ? from : into, fromFirst ? "from_id" : "into_id", locked)
                    .chain(() -> lockForMerge(fromFirst ? into : from, fromFirst ? "into_id" : "from_id", locked))
                    .chain(() -> {
                        Source merged = locked.get(from);
                        Source survivor = locked.get(into);
                        if (into.equals(merged.mergedInto)) {
                            return view(into); // merged by an earlier call
                        }
                        checkMergeable(merged, survivor);
                        return absorb(merged, survivor).chain(() -> view(into));
                    });
        });
    }

    private Uni<Void> lockForMerge(UUID id, String field, Map<UUID, Source> locked) {
        return sources.findById(id, LockModeType.PESSIMISTIC_WRITE).invoke(source -> {
            if (source == null) {
                throw new SourceNotFoundException(field, id);
            }
            locked.put(id, source);
        }).replaceWithVoid();
    }

    /**
     * Refuses a merge the sources' state forbids: either is a tombstone already; a person and a
     * non-person (a person is never an organisation or a medium; the other kinds are often told
     * apart only by the context a name was first seen in, so an agency created as an outlet merges);
     * two different external ids (two registries saying these are two entities).
     */
    static void checkMergeable(Source merged, Source survivor) {
        if (merged.mergedInto != null) {
            throw new PreconditionFailedException("from_id: source " + merged.id + " was already merged into "
                    + merged.mergedInto);
        }
        if (survivor.mergedInto != null) {
            throw new PreconditionFailedException("into_id: source " + survivor.id + " was merged into "
                    + survivor.mergedInto + "; merge into that source instead");
        }
        if ((merged.kind == SourceKind.PERSON) != (survivor.kind == SourceKind.PERSON)) {
            throw new PreconditionFailedException("cannot merge " + merged.kind + " '" + merged.name + "' into "
                    + survivor.kind + " '" + survivor.name + "': a person and an organisation or medium are never one"
                    + " entity; if one kind is wrong, correct it with UpsertSource first");
        }
        if (merged.externalId != null && survivor.externalId != null && !merged.externalId.equals(survivor.externalId)) {
            throw new PreconditionFailedException("cannot merge '" + merged.name + "' (" + merged.externalId + ") into '"
                    + survivor.name + "' (" + survivor.externalId + "): their external ids name two different entities");
        }
    }

    private Uni<Void> absorb(Source merged, Source survivor) {
        Instant now = Instant.now();
        if (survivor.externalId == null) {
            survivor.externalId = merged.externalId;
        }
        merged.externalId = null;
        merged.mergedInto = survivor.id;
        merged.mergedAt = now;
        merged.updatedAt = now;
        survivor.updatedAt = now;
        LOG.infof("Merging source %s '%s' into %s '%s'", merged.id, merged.name, survivor.id, survivor.name);
        return aliases.reassign(merged.id, survivor.id)
                .chain(() -> domains.reassign(merged.id, survivor.id))
                .chain(() -> sources.repointTombstones(merged.id, survivor.id))
                .chain(() -> sources.flush())
                .replaceWithVoid();
    }

    /**
     * Registers names and domains for a source, one after the other (a reactive session runs one
     * statement at a time). One held by another source fails the call, or with
     * {@code failOnConflict == false} is logged and skipped.
     */
    private Uni<Void> claimAll(UUID sourceId, List<PendingName> names, List<PendingDomain> newDomains,
                               boolean failOnConflict) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (PendingName name : names) {
            chain = chain.chain(() -> aliases.claim(name.key(), name.text(), sourceId))
                    .chain(owner -> checkOwner(owner, sourceId, name.field(), name.text(), failOnConflict));
        }
        for (PendingDomain domain : newDomains) {
            chain = chain.chain(() -> domains.claim(domain.domain(), sourceId))
                    .chain(owner -> checkOwner(owner, sourceId, domain.field(), domain.domain(), failOnConflict));
        }
        return chain;
    }

    private Uni<Void> checkOwner(UUID owner, UUID sourceId, String field, String value, boolean failOnConflict) {
        if (sourceId.equals(owner)) {
            return Uni.createFrom().voidItem();
        }
        if (owner == null) {
            throw new DatabaseFailures.ConcurrentChangeException(field + " vanished while claimed");
        }
        if (!failOnConflict) {
            LOG.warnf("%s '%s' already belongs to source %s; not added to %s", field, value, owner, sourceId);
            return Uni.createFrom().voidItem();
        }
        return nameTaken(field, value, owner);
    }

    private <T> Uni<T> nameTaken(String field, String value, UUID owner) {
        return sources.findById(owner).map(ownerSource -> {
            throw new NameTakenException(field, value, owner, ownerSource == null ? null : ownerSource.name);
        });
    }

    private List<PendingName> readAliases(List<String> texts, String field) {
        Map<String, PendingName> byKey = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String itemField = field + "[" + i + "]";
            String text = requireName(texts.get(i), itemField).trim();
            byKey.putIfAbsent(requireKey(text, itemField), new PendingName(itemField, text, NameKeys.key(text)));
        }
        return List.copyOf(byKey.values());
    }

    private static List<PendingDomain> readDomains(List<String> texts, String field) {
        Map<String, PendingDomain> byDomain = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String itemField = field + "[" + i + "]";
            String domain = WebDomains.domainOf(texts.get(i)).orElseThrow(() ->
                    new InvalidArgumentException(itemField + " is not a web domain such as example.com"));
            byDomain.putIfAbsent(domain, new PendingDomain(itemField, domain));
        }
        return List.copyOf(byDomain.values());
    }

    // ---------------------------------------------------------------- seeding

    /** A source of the seed registry file. */
    public record SeedSource(String name, SourceKind kind, List<String> aliases, List<String> domains, String externalId) {
    }

    /**
     * Adds the seed sources that are missing, and the missing aliases and domains of those present
     * (found by any of their names). Existing names, kinds and edits are left alone; a seed name held
     * by another source is logged and skipped. Running it again changes nothing.
     *
     * @return how many sources were created
     */
    @WithTransaction
    public Uni<Integer> seed(List<SeedSource> seeds) {
        int[] created = {0};
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SeedSource seed : seeds) {
            chain = chain.chain(() -> seedOne(seed)).invoke(wasCreated -> {
                if (wasCreated) {
                    created[0]++;
                }
            }).replaceWithVoid();
        }
        return chain.map(ignored -> created[0]);
    }

    private Uni<Boolean> seedOne(SeedSource seed) {
        String field = "seed '" + seed.name() + "'";
        List<PendingName> names = new ArrayList<>();
        names.add(new PendingName(field + " name", seed.name(), requireKey(seed.name(), field)));
        names.addAll(readAliases(seed.aliases(), field + " aliases"));
        String orderFreeKey = nameKeys.orderFreeKey(names.get(0).key());
        if (orderFreeKey != null) {
            names.add(new PendingName(field + " name", seed.name(), orderFreeKey));
        }
        List<PendingDomain> seedDomains = readDomains(seed.domains(), field + " domains");
        List<String> keys = names.stream().map(PendingName::key).toList();
        return aliases.findByKeys(keys).chain(rows -> {
            Map<String, UUID> ownerByKey = new HashMap<>();
            rows.forEach(row -> ownerByKey.put(row.aliasKey, row.sourceId));
            UUID existing = keys.stream().map(ownerByKey::get).filter(id -> id != null).findFirst().orElse(null);
            if (existing == null) {
                Source source = Source.create(seed.name(), seed.kind(), seed.externalId());
                return sources.persistAndFlush(source)
                        .chain(() -> claimAll(source.id, names, seedDomains, false))
                        .replaceWith(true);
            }
            List<PendingName> missing = names.stream().filter(name -> !ownerByKey.containsKey(name.key())).toList();
            return sources.findById(existing).chain(source -> {
                if (source.externalId == null && seed.externalId() != null) {
                    source.externalId = seed.externalId();
                }
                return claimAll(existing, missing, seedDomains, false);
            }).replaceWith(false);
        });
    }

    // ---------------------------------------------------------------- views

    private Uni<SourceView> view(UUID id) {
        return views(List.of(id)).map(views -> views.get(id));
    }

    /** The sources with these ids, with their aliases and domains, by id; unknown ids are left out. */
    private Uni<Map<UUID, SourceView>> views(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<UUID> idList = List.copyOf(ids);
        return sources.findByIds(idList).chain(found -> aliases.findBySourceIds(idList).chain(aliasRows ->
                domains.findBySourceIds(idList).chain(domainRows -> sources.findMergedInto(idList).map(tombstones -> {
                    Map<UUID, List<SourceAlias>> aliasesBySource = new HashMap<>();
                    aliasRows.forEach(row -> aliasesBySource.computeIfAbsent(row.sourceId, id -> new ArrayList<>()).add(row));
                    Map<UUID, List<String>> domainsBySource = new HashMap<>();
                    for (SourceDomain row : domainRows) {
                        domainsBySource.computeIfAbsent(row.sourceId, id -> new ArrayList<>()).add(row.domain);
                    }
                    Map<UUID, List<SourceView.MergedSource>> mergedFrom = new HashMap<>();
                    for (Source tombstone : tombstones) {
                        mergedFrom.computeIfAbsent(tombstone.mergedInto, id -> new ArrayList<>())
                                .add(new SourceView.MergedSource(tombstone.id, tombstone.name));
                    }
                    Map<UUID, SourceView> views = new HashMap<>();
                    for (Source source : found) {
                        String nameKey = NameKeys.key(source.name);
                        List<String> otherNames = aliasesBySource.getOrDefault(source.id, List.of()).stream()
                                .filter(alias -> !alias.aliasKey.equals(nameKey)
                                        && !alias.aliasKey.startsWith(NameKeys.ORDER_FREE_PREFIX))
                                .map(alias -> alias.alias)
                                .toList();
                        views.put(source.id, new SourceView(source.id, source.name, source.kind, source.externalId,
                                otherNames, domainsBySource.getOrDefault(source.id, List.of()),
                                mergedFrom.getOrDefault(source.id, List.of())));
                    }
                    return views;
                }))));
    }

    // ---------------------------------------------------------------- validation

    private static String requireName(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidArgumentException(field + " must not be empty");
        }
        if (text.length() > MAX_NAME_LENGTH) {
            throw new InvalidArgumentException(field + " must be at most " + MAX_NAME_LENGTH + " characters, not "
                    + text.length());
        }
        return text;
    }

    private static String requireKey(String text, String field) {
        String key = NameKeys.key(text);
        if (key.isEmpty()) {
            throw new InvalidArgumentException(field + " must contain a letter or digit");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new InvalidArgumentException(field + " is too long once normalized");
        }
        return key;
    }

    private static UUID parseId(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new InvalidArgumentException(field + " must not be empty");
        }
        try {
            UUID uuid = UUID.fromString(id.trim());
            if (uuid.toString().equalsIgnoreCase(id.trim())) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidArgumentException(field + " must be a UUID");
    }

    private static String truncate(String name) {
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
    }
}
