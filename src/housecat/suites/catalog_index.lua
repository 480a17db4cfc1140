-- The /api/v1/tests catalog, kept by the script of every write of a test (see
-- catalog_index.py). A test is in the catalog while it is in by_created; only then are its
-- other entries written, so a test stored before the catalog existed is left whole to the
-- backfill rather than half indexed.
local CATALOG = '__CATALOG__'
local TEST = '__TEST__'
local BY_CREATED = CATALOG .. 'by_created'
local BY_LAST_RUN = CATALOG .. 'by_last_run'
local BY_NAME = CATALOG .. 'by_name'
local SORT_NAME = CATALOG .. 'sort_name'
-- Each source of a test's entries and the family of sets it feeds; three sources feed 'word'.
local FAMILY = {
  status = 'status', result = 'result', category = 'category', tags = 'tag',
  environment = 'environment', template = 'template', project = 'project',
  ['words:name'] = 'word', ['words:goal'] = 'word', ['words:description'] = 'word',
}
local SOURCES = {word = {'words:name', 'words:goal', 'words:description'}}
local RESULTS = {passed = 'passed', failed = 'failed', error = 'error'}

local function catalog_held(entries, sources)
  local held = {}
  for _, raw in ipairs(redis.call('HMGET', entries, unpack(sources))) do
    if raw then
      for _, value in ipairs(cjson.decode(raw)) do held[value] = true end
    end
  end
  return held
end

-- Let `source` hold `values`; the family's sets then hold the test for what its sources hold
-- (a word in both the name and the goal stays when the goal changes).
local function catalog_source(id, source, values)
  local entries = CATALOG .. 'entries:' .. id
  local family = FAMILY[source]
  local sources = SOURCES[family] or {source}
  local before = catalog_held(entries, sources)
  if #values == 0 then
    redis.call('HDEL', entries, source)
  else
    redis.call('HSET', entries, source, cjson.encode(values))
  end
  local after = catalog_held(entries, sources)
  for value in pairs(before) do
    if not after[value] then redis.call('SREM', CATALOG .. family .. ':' .. value, id) end
  end
  for value in pairs(after) do
    if not before[value] then redis.call('SADD', CATALOG .. family .. ':' .. value, id) end
  end
end

-- Index what `doc` says changed (everything, for a test entering the catalog), then the
-- status and last result as the hash now holds them, so those can never disagree with it.
local function catalog_index(id, doc)
  if doc.created then
    redis.call('ZADD', BY_CREATED, doc.created, id)
  elseif not redis.call('ZSCORE', BY_CREATED, id) then
    return
  end
  if doc.name then
    local old = redis.call('HGET', SORT_NAME, id)
    if old then redis.call('ZREM', BY_NAME, old .. '\0' .. id) end
    redis.call('HSET', SORT_NAME, id, doc.name)
    redis.call('ZADD', BY_NAME, 0, doc.name .. '\0' .. id)
  end
  if doc.last_run then redis.call('ZADD', BY_LAST_RUN, doc.last_run, id) end
  for source, values in pairs(doc.sources or {}) do catalog_source(id, source, values) end
  local status, result = unpack(redis.call('HMGET', TEST .. id, 'status', 'last_result'))
  catalog_source(id, 'status', {(status and status ~= '') and status or 'active'})
  catalog_source(id, 'result', {RESULTS[result] or 'never'})
end

local function catalog_remove(id)
  local entries = CATALOG .. 'entries:' .. id
  local held = redis.call('HGETALL', entries)
  for i = 1, #held, 2 do
    for _, value in ipairs(cjson.decode(held[i + 1])) do
      redis.call('SREM', CATALOG .. FAMILY[held[i]] .. ':' .. value, id)
    end
  end
  redis.call('DEL', entries)
  local name = redis.call('HGET', SORT_NAME, id)
  if name then redis.call('ZREM', BY_NAME, name .. '\0' .. id) end
  redis.call('HDEL', SORT_NAME, id)
  redis.call('ZREM', BY_CREATED, id)
  redis.call('ZREM', BY_LAST_RUN, id)
end
