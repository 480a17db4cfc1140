-- One page of the /api/v1/tests catalog (see catalog_query.py), read in one atomic step.
-- ARGV[1]: {limit, sort = {{key, dir}...}, after = {values..., id} | none,
--           created = {low, high} | none, sets = {keys...}, listed = list key | none}
-- Answers {total, more, the sort values of the page's last test, {id, HGETALL...} per test}.
--
-- Candidates are the intersection of the filter sets (with a suite's list and the creation
-- range). They are
-- ordered by walking the first sort key's index from the cursor, keeping candidates, and
-- ordering each run of equal values by the next key the same way; a few candidates among
-- many tests are sorted directly instead. Ties after the last key go by id, in its direction.
local CATALOG = '__CATALOG__'
local TEST = '__TEST__'
local INDEX = {
  created = CATALOG .. 'by_created', last_run = CATALOG .. 'by_last_run',
  name = CATALOG .. 'by_name',
}
local SORT_NAME = CATALOG .. 'sort_name'
local BATCH = 500
local CHUNK = 200
local query = cjson.decode(ARGV[1])
local sort, after = query.sort, query.after
if after == cjson.null then after = nil end
local n = #sort
local want = query.limit + 1
local page = {}

-- Bytewise a < b: Lua's '<' on strings follows the server's locale, the indexes do not.
local function precedes(a, b)
  for i = 1, math.min(#a, #b) do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x ~= y then return x < y end
  end
  return #a < #b
end

-- A name as a number that orders like it: twice the count of names below it, one less
-- for a name no test has (a cursor's, its test renamed or deleted since).
local ranks = {}
local function name_rank(name, held)
  if ranks[name] then return ranks[name] end
  local rank = 2 * redis.call('ZLEXCOUNT', INDEX.name, '-', '(' .. name .. '\0')
  if not held then
    local same = redis.call(
      'ZRANGE', INDEX.name, '[' .. name .. '\0', '(' .. name .. '\1', 'BYLEX', 'LIMIT', 0, 1)
    if #same == 0 then rank = rank - 1 end
  end
  ranks[name] = rank
  return rank
end

local function sort_values(ids, k)
  local key, values = sort[k][1], {}
  for first = 1, #ids, BATCH do
    local batch = {unpack(ids, first, math.min(first + BATCH - 1, #ids))}
    if key == 'name' then
      local names = redis.call('HMGET', SORT_NAME, unpack(batch))
      for i, id in ipairs(batch) do values[id] = names[i] and name_rank(names[i], true) or 0 end
    else
      local scores = redis.call('ZMSCORE', INDEX[key], unpack(batch))
      for i, id in ipairs(batch) do values[id] = tonumber(scores[i]) or 0 end
    end
  end
  return values
end

-- -1, 0 or 1: where a test stands against another in the query's order, from key `level` on.
local function order(level, x, y, x_id, y_id)
  for k = level, n do
    if x[k] ~= y[k] then return (x[k] < y[k] and -1 or 1) * sort[k][2] end
  end
  if x_id == y_id then return 0 end
  return (precedes(x_id, y_id) and -1 or 1) * sort[n][2]
end

local cursor = {}
if after then
  for k = 1, n do
    cursor[k] = sort[k][1] == 'name' and name_rank(after[k], false) or tonumber(after[k])
  end
end

local function direct(level, members, cursor_on)
  local ids, tuples = {}, {}
  for id in pairs(members) do
    ids[#ids + 1] = id
    tuples[id] = {}
  end
  for k = level, n do
    local values = sort_values(ids, k)
    for _, id in ipairs(ids) do tuples[id][k] = values[id] end
  end
  table.sort(ids, function(a, b) return order(level, tuples[a], tuples[b], a, b) < 0 end)
  for _, id in ipairs(ids) do
    if #page >= want then return end
    if not cursor_on or order(level, tuples[id], cursor, id, after[n + 1]) > 0 then
      page[#page + 1] = id
    end
  end
end

local function same(key, a, b)
  if key == 'name' then return a == b end
  return tonumber(a) == tonumber(b)
end

-- Entries {id, value} of key `level`'s index in the query's direction, from the cursor's
-- value (inclusive) when `cursor_on`, skipping `offset`.
local function entries(level, cursor_on, offset)
  local key, dir = sort[level][1], sort[level][2]
  local start = cursor_on and after[level] or nil
  local args
  if key == 'name' then
    if dir == 1 then
      args = {'ZRANGE', INDEX.name, start and ('[' .. start .. '\0') or '-', '+', 'BYLEX'}
    else
      args = {'ZRANGE', INDEX.name, start and ('(' .. start .. '\1') or '+', '-', 'BYLEX', 'REV'}
    end
  elseif dir == 1 then
    args = {'ZRANGE', INDEX[key], start or '-inf', '+inf', 'BYSCORE'}
  else
    args = {'ZRANGE', INDEX[key], start or '+inf', '-inf', 'BYSCORE', 'REV'}
  end
  for _, word in ipairs({'LIMIT', offset, CHUNK}) do args[#args + 1] = word end
  local found = {}
  if key == 'name' then
    for _, member in ipairs(redis.call(unpack(args))) do
      local cut = string.find(member, '%z[^%z]*$')
      found[#found + 1] = {string.sub(member, cut + 1), string.sub(member, 1, cut - 1)}
    end
  else
    args[#args + 1] = 'WITHSCORES'
    local reply = redis.call(unpack(args))
    for i = 1, #reply, 2 do found[#found + 1] = {reply[i], reply[i + 1]} end
  end
  return found
end

-- Every test whose key-`level` value is `value`.
local function run_of(level, value)
  local key, ids = sort[level][1], {}
  if key == 'name' then
    local range = {'[' .. value .. '\0', '(' .. value .. '\1', 'BYLEX'}
    for _, member in ipairs(redis.call('ZRANGE', INDEX.name, unpack(range))) do
      ids[#ids + 1] = string.sub(member, string.find(member, '%z[^%z]*$') + 1)
    end
    return ids
  end
  return redis.call('ZRANGE', INDEX[key], value, value, 'BYSCORE')
end

local collect

local function walk(level, members, cursor_on)
  local dir, last = sort[level][2], level == n
  local key = sort[level][1]
  local offset = 0
  while #page < want do
    local chunk = entries(level, cursor_on, offset)
    local i = 1
    while i <= #chunk and #page < want do
      local id, value = chunk[i][1], chunk[i][2]
      local at_cursor = cursor_on and same(key, value, after[level])
      if last then
        local passed = not at_cursor or order(n, {}, {}, id, after[n + 1]) > 0
        if passed and (not members or members[id]) then page[#page + 1] = id end
        offset, i = offset + 1, i + 1
      else
        local j = i
        while j < #chunk and same(key, chunk[j + 1][2], value) do j = j + 1 end
        local run, cut = {}, j == #chunk and #chunk == CHUNK
        if cut then  -- the run may go on past this chunk: read it whole
          run = run_of(level, value)
        else
          for r = i, j do run[#run + 1] = chunk[r][1] end
        end
        local kept, count = {}, 0
        for _, member in ipairs(run) do
          if not members or members[member] then
            kept[member] = true
            count = count + 1
          end
        end
        if count > 0 then collect(level + 1, kept, count, at_cursor) end
        offset, i = offset + #run, j + 1
        if cut then break end
      end
    end
    if #chunk < CHUNK then return end
  end
end

local indexed = redis.call('ZCARD', INDEX.created)

-- Sort a few candidates directly; walk the index when they are many among few tests.
collect = function(level, members, count, cursor_on)
  local left = want - #page
  if members and count * math.log(count + 1) <= 4 * indexed * left / count then
    direct(level, members, cursor_on)
  else
    walk(level, members, cursor_on)
  end
end

-- The candidates: every test in the filter sets, created within [low, high).
local members, count
if #query.sets > 0 then
  local ids = redis.call('SINTER', unpack(query.sets))
  members, count = {}, #ids
  for _, id in ipairs(ids) do members[id] = true end
end
if query.listed and query.listed ~= cjson.null then  -- a suite's tests (a list, not a set)
  local ids = redis.call('LRANGE', query.listed, 0, -1)
  local kept = {}
  count = 0
  for first = 1, #ids, BATCH do
    local batch = {unpack(ids, first, math.min(first + BATCH - 1, #ids))}
    local scores = redis.call('ZMSCORE', INDEX.created, unpack(batch))
    for i, id in ipairs(batch) do
      if scores[i] and (not members or members[id]) and not kept[id] then
        kept[id] = true
        count = count + 1
      end
    end
  end
  members = kept
end
if query.created and query.created ~= cjson.null then
  local low, high = query.created[1], query.created[2]
  local ids = {}
  if members then
    for id in pairs(members) do ids[#ids + 1] = id end
  else
    ids = redis.call('ZRANGE', INDEX.created, low, '(' .. high, 'BYSCORE')
  end
  local lowest, highest = tonumber(low) or -math.huge, tonumber(high) or math.huge
  members, count = {}, 0
  for first = 1, #ids, BATCH do
    local batch = {unpack(ids, first, math.min(first + BATCH - 1, #ids))}
    local scores = redis.call('ZMSCORE', INDEX.created, unpack(batch))
    for i, id in ipairs(batch) do
      local score = tonumber(scores[i])
      if score and score >= lowest and score < highest then
        members[id] = true
        count = count + 1
      end
    end
  end
end

if count ~= 0 then collect(1, members, count, after ~= nil) end

local rows, last = {}, {}
for i = 1, math.min(#page, query.limit) do
  rows[#rows + 1] = {page[i], redis.call('HGETALL', TEST .. page[i])}
end
local more = #page > query.limit
if more then
  local id = page[query.limit]
  for k = 1, n do
    local key = sort[k][1]
    if key == 'name' then
      last[k] = redis.call('HGET', SORT_NAME, id)
    else
      last[k] = redis.call('ZSCORE', INDEX[key], id)
    end
  end
  last[n + 1] = id
end
return {count or indexed, more and 1 or 0, last, rows}
