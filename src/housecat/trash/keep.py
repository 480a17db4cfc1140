"""The part of each delete script that keeps the record in the trash instead.

A delete script of a kind that has a trash starts with `TRASH_LUA` and calls
`trash_keep(t, moved)` where it would delete the record's keys: they are renamed to
`trash:{key}` in the same step, so a deleted record is either live or in the trash.
"""

from __future__ import annotations

import json
import time
from typing import Literal

from housecat import keys
from housecat.clock import now_iso
from housecat.projects.context import project_for_new

Kind = Literal["test", "suite", "environment", "browser_config"]
KINDS: tuple[Kind, ...] = ("test", "suite", "environment", "browser_config")

TRASH_LUA = """
local function trash_keep(t, moved)
  local name = redis.call('HGET', moved[1], 'name') or t.id
  local kept = {}
  for _, key in ipairs(moved) do
    if redis.call('EXISTS', key) == 1 then
      redis.call('RENAME', key, t.prefix .. key)
      kept[#kept + 1] = key
    end
  end
  redis.call('DEL', t.item)
  redis.call('HSET', t.item, 'kind', t.kind, 'id', t.id, 'name', name,
    'deleted_at', t.at, 'deleted_by', t.by, 'keys', cjson.encode(kept), 'project', t.project)
  redis.call('ZADD', t.index, t.score, t.kind .. ':' .. t.id)
end
"""


def trash_arg(kind: Kind, record_id: str, actor: str) -> str:
    """What `trash_keep` needs to keep one record, as a script argument."""
    return json.dumps(
        {
            "kind": kind,
            "id": record_id,
            "by": actor,
            "at": now_iso(),
            "score": int(time.time()),
            "prefix": keys.TRASH_PREFIX,
            "item": keys.trash_item(kind, record_id),
            "index": keys.TRASH_ALL,
            "project": project_for_new(),
        }
    )
