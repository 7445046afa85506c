"""The story index kept as tables: same results as in memory, and only what changed is written."""

from __future__ import annotations

import random

import pytest

from newsclaims.link import StoryDoc, StoryIndex, StoryOptions
from newsclaims.link.features import FeatureOptions
from newsclaims.storage import stories
from newsclaims.storage.sqlite import SQLiteBackend
from tests.link.test_stories import BUDGET, FOOTBALL, KORVENNA_HERALD, KORVENNA_POST, VALDRIA_LEDGER, VALDRIA_TRIBUNE

PLACES = ["Valdria", "Korvenna", "Ostrava", "Lisk", "Amberland", "Millhaven", "Northgate", "Kessin"]
THINGS = ["warehouse fire", "ferry strike", "budget vote", "cup final", "bridge collapse", "flood warning"]


def _variants() -> list[StoryDoc]:
    """Many short reports: the written articles, re-worded copies and generated look-alikes."""
    rng = random.Random(11)
    base = [VALDRIA_LEDGER, VALDRIA_TRIBUNE, KORVENNA_HERALD, KORVENNA_POST, BUDGET, FOOTBALL]
    texts = list(base)
    for text in base:  # a later report of the same event: the same facts, other sentence order
        sentences = text.split(". ")
        rng.shuffle(sentences)
        texts.append(". ".join(sentences))
    for i in range(14):
        place, thing = rng.choice(PLACES), rng.choice(THINGS)
        count = rng.choice([120, 3400, 18, 950])
        texts.append(f"{thing.capitalize()} in {place}\nOfficials in {place} reported a {thing} on Monday; "
                     f"{count} people were affected, mayor Ida Renn{i % 3} said. Talks continue in {place}.")
    days = [f"2025-0{1 + i % 9}-1{i % 10}" for i in range(len(texts))]
    return [StoryDoc(doc_id=10 + 3 * i, text=t, published=days[i]) for i, t in enumerate(texts)]


def _archive(tmp_path) -> SQLiteBackend:
    return SQLiteBackend(tmp_path / "stories.db")


@pytest.mark.parametrize("options", [
    StoryOptions(),
    StoryOptions(revise_small=0),
    StoryOptions(revise_small=2, max_profile_terms=40, features=FeatureOptions(max_terms=30)),
])
def test_index_in_tables_places_documents_exactly_as_in_memory(tmp_path, options: StoryOptions) -> None:
    backend = _archive(tmp_path)
    docs = _variants()
    rng = random.Random(5)
    rng.shuffle(docs)
    memory = StoryIndex(options)
    position = 0
    while position < len(docs):
        batch = docs[position:position + rng.choice([1, 1, 2, 4])]
        position += len(batch)
        expected = memory.add_many(batch)
        with backend.transaction():
            index = stories.load_index(backend.conn, options)
            got = index.add_many(batch)
            stories.save_index(backend.conn, index)
        assert got == expected
        assert index.last_moved == memory.last_moved
    reloaded = stories.load_index(backend.conn)
    assert reloaded.assignments() == memory.assignments()
    assert reloaded.stories() == memory.stories()
    assert len(reloaded) == len(memory) == len(docs)
    assert reloaded.to_dict() == memory.to_dict()  # profiles, frequencies and vectors too
    backend.close()


def test_placing_one_document_reads_and_writes_only_a_few_rows(tmp_path) -> None:
    backend = _archive(tmp_path)
    docs = _variants()
    with backend.transaction():
        index = stories.load_index(backend.conn)
        index.add_many(docs[:-1])
        stories.save_index(backend.conn, index)
    stored_terms = backend.conn.execute("SELECT COUNT(*) FROM story_df").fetchone()[0]
    with backend.transaction():
        index = stories.load_index(backend.conn)
        index.add(docs[-1])
        state = index._state
        changed_df = len(state.df.changes()[0])
        written_stories = len(state.stories.changes()[0])
        stories.save_index(backend.conn, index)
    assert changed_df < stored_terms / 2  # only the new article's terms
    assert written_stories <= 3  # its own story, or the story it joined
    backend.close()


def test_a_version_4_blob_is_moved_into_the_tables(tmp_path) -> None:
    backend = _archive(tmp_path)
    docs = _variants()
    memory = StoryIndex()
    memory.add_many(docs[:10])
    with backend.transaction():  # what schema version 4 stored
        backend.conn.execute("INSERT INTO linker_state (name, version, state) VALUES ('stories', ?, ?)",
                             (memory.to_dict()["format"], memory.to_bytes()))
    with backend.transaction():
        index = stories.load_index(backend.conn)
        assert index.assignments() == memory.assignments()
        assert index.add_many(docs[10:]) == memory.add_many(docs[10:])
        stories.save_index(backend.conn, index)
    assert backend.conn.execute("SELECT COUNT(*) FROM linker_state WHERE name = 'stories'").fetchone()[0] == 0
    assert stories.load_index(backend.conn).to_dict() == memory.to_dict()
    backend.close()


def test_an_in_memory_index_saved_replaces_the_stored_one(tmp_path) -> None:
    backend = _archive(tmp_path)
    docs = _variants()
    with backend.transaction():
        index = stories.load_index(backend.conn)
        index.add_many(docs[:5])
        stories.save_index(backend.conn, index)
    fresh = StoryIndex(StoryOptions(threshold=0.3))
    fresh.add_many(docs[5:9])
    with backend.transaction():
        stories.save_index(backend.conn, fresh)
    loaded = stories.load_index(backend.conn)
    assert loaded.options.threshold == 0.3
    assert loaded.to_dict() == fresh.to_dict()
    backend.close()


def test_rolled_back_linking_leaves_the_stored_index_as_it_was(tmp_path) -> None:
    backend = _archive(tmp_path)
    docs = _variants()
    with backend.transaction():
        index = stories.load_index(backend.conn)
        index.add_many(docs[:6])
        stories.save_index(backend.conn, index)
    before = stories.load_index(backend.conn).to_dict()
    with pytest.raises(RuntimeError), backend.transaction():
        index = stories.load_index(backend.conn)
        index.add_many(docs[6:])
        stories.save_index(backend.conn, index)
        raise RuntimeError("interrupted")
    assert stories.load_index(backend.conn).to_dict() == before
    backend.close()


def test_story_tables_exist_in_a_new_archive(tmp_path) -> None:
    backend = _archive(tmp_path)
    names = {r[0] for r in backend.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"story_df", "story_profiles", "story_postings", "story_docs", "story_doc_vectors"} <= names
    backend.close()


@pytest.mark.parametrize("reload_every", [1, 3, 1000])
def test_a_linker_kept_across_batches_writes_what_a_fresh_load_would(tmp_path, reload_every: int) -> None:
    """An ingest keeps one index between its batches (only changes written back each time);
    the stored index must come out exactly as with a fresh load per batch, and as in memory."""
    backend = _archive(tmp_path)
    docs = _variants()
    memory = StoryIndex(StoryOptions())
    linker = stories.StoryLinker(backend.conn, reload_every=reload_every)
    for position in range(0, len(docs), 4):
        batch = docs[position:position + 4]
        memory.add_many(batch)
        with backend.transaction():
            backend.conn.executemany(
                "INSERT INTO documents (id, text, title, published, text_sha256, normalizer, source, kind,"
                " word_count, ingested_at) VALUES (?, ?, ?, ?, ?, 1, 'test', 'text', 0, '')",
                [(d.doc_id, d.text, d.title, d.published, f"h{d.doc_id}") for d in batch],
            )
            assert linker.link_new() == len(batch)
        stored = dict(backend.conn.execute("SELECT id, story_id FROM documents").fetchall())
        assert stored == memory.assignments()
    assert stories.load_index(backend.conn).to_dict() == memory.to_dict()
    with backend.transaction():
        assert linker.link_new() == 0  # nothing left without a story
    backend.close()


def _story_invariants(index: StoryIndex, gone: set[int]) -> None:
    groups = index.stories()
    assert all(sid == min(members) for sid, members in groups.items())  # a story's id is its smallest member
    members = [d for ms in groups.values() for d in ms]
    assert not gone & set(members) and not gone & set(index.assignments())
    assert sorted(members) == sorted(index.assignments())


def test_removed_documents_leave_their_stories_in_memory_and_in_tables(tmp_path) -> None:
    docs = _variants()
    memory = StoryIndex(StoryOptions())
    memory.add_many(docs)
    backend = _archive(tmp_path)
    with backend.transaction():
        index = stories.load_index(backend.conn)
        index.add_many(docs)
        stories.save_index(backend.conn, index)
    # the smallest member of a story of several (its id moves), the later member of a pair,
    # and both members of another pair (that story is gone)
    groups = memory.stories()
    big = next(sid for sid, ms in groups.items() if len(ms) >= 3)
    pairs = [ms for ms in groups.values() if len(ms) == 2]
    by_id = {d.doc_id: d for d in docs}
    gone_ids = {big, pairs[0][1], *pairs[1]}
    gone = [by_id[d] for d in sorted(gone_ids)]
    moved = memory.remove_many(gone)
    assert moved == {m: groups[big][1] for m in groups[big][1:]}
    with backend.transaction():
        index = stories.load_index(backend.conn)
        assert index.remove_many(gone) == moved
        stories.save_index(backend.conn, index)
    reloaded = stories.load_index(backend.conn)
    assert reloaded.to_dict() == memory.to_dict()
    _story_invariants(memory, gone_ids)
    assert pairs[1][0] not in memory.stories() and pairs[1][1] not in memory.stories()
    assert memory.stories()[pairs[0][0]] == [pairs[0][0]]
    assert len(memory) == len(docs) - len(gone_ids)
    assert memory.remove_many(gone) == {}  # gone already: nothing to do
    backend.close()


def test_after_removal_a_story_profile_is_its_remaining_members(tmp_path) -> None:
    """Two copies of one report in one story: with one removed, the story profile is the
    other's own vector again (up to rounding), and the frequencies are as without it."""
    options = StoryOptions()
    a = StoryDoc(1, VALDRIA_LEDGER, published="2025-03-04")
    b = StoryDoc(2, VALDRIA_LEDGER + " Shipping resumed.", published="2025-03-04")
    other = StoryDoc(3, KORVENNA_HERALD, published="2023-08-19")
    index = StoryIndex(options)
    index.add_many([a, b, other])
    assert index.stories()[1] == [1, 2]
    index.remove_many([b])
    alone = StoryIndex(options)
    alone.add_many([a, other])
    state = index.to_dict()
    profile = dict(state["stories"][0][2])
    own = dict(state["doc_vectors"][0][1])  # a's vector as it was added
    assert profile.keys() == own.keys()
    assert all(abs(profile[t] - own[t]) < 1e-9 for t in own)
    assert state["df"] == alone.to_dict()["df"] and len(index) == 2
