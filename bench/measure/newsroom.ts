/**
 * The newsroom at full tilt: twenty reporters and editors, each a separate login, working for two
 * minutes against the production server (`next start cms`, the admin built) on the benchmark's
 * SQLite archive while the server runs the site builds their publishing asks for. Reporters file
 * stories, autosave them every two seconds as the admin does (sending back the `updatedAt` each
 * save answered), upload photos and submit; the desk signs 初审, 复审 and 终审 over REST, and the
 * 终审 signer publishes or schedules. Every save is timed; afterwards the database is read to check
 * that each acknowledged save is in the versions it should be.
 */
import { randomBytes } from 'node:crypto'
import { createLocalReq, type Payload, type Where } from 'payload'

import type { Article, User } from '@/payload-types'
import { paragraphsToLexical } from '@/lib/lexical'
import { schedulePublishIfPermitted } from '@/serverFunctions/schedulePublishIfPermitted'

import { ensureCmsBuilt } from '../../tests/helpers/cmsServer'
import { type Foundation, storySpec } from '../generate'
import { currentLoad } from '../lib/machine'
import { cameraPhoto } from '../lib/photos'
import { sampleMemory } from '../lib/procTree'
import { percentile, sleep } from '../lib/stats'
import { startServer, stopServer } from './api'

const SAVE_KINDS = ['create', 'autosave', 'submit', 'signOff', 'publish', 'schedule'] as const
type SaveKind = (typeof SAVE_KINDS)[number]

type Latency = { p50: number; p95: number; p99: number; max: number }

export type NewsroomMeasurement = {
  seconds: number
  people: { reporters: number; desk: number; section: number; chief: number }
  /** Every write of a story: creates, autosaves, submits, sign-offs, publishes, schedules. */
  saves: { attempted: number; failed: number; latencyMs: Latency }
  byKind: Record<SaveKind, { attempted: number; failed: number; latencyMs: Latency }>
  /** What the failures said, by status and message, most frequent first. */
  failures: { what: string; count: number }[]
  uploads: { attempted: number; failed: number; latencyMs: Latency }
  stories: { filed: number; submitted: number; published: number; scheduled: number }
  /**
   * Versions the acknowledged saves should have left (autosaves of one person in a row share one,
   * as Payload keeps them) against those stored, and stories whose latest text is not the last
   * acknowledged save.
   */
  versions: { acknowledged: number; stored: number; lostLastSave: number }
  /** buildSite jobs the server finished while the newsroom worked, and until its queue drained. */
  builds: { completedDuringRun: number; completedAfter: number; failed: number }
  serverPeakBytes: number
  loadAtStart: number
  loadAtEnd: number
}

type Options = {
  seconds: number
  reporters: number
  /** Editors per review stage: 初审 desk, 复审 section, 终审 chief. */
  editorsPerStage: number
  logFile: string
  log: (line: string) => void
}

type Timed = { ms: number; ok: boolean; what?: string }
type Save = Timed & { kind: SaveKind }
/** One acknowledged save of a story: who made it and whether it was an autosave. */
type Ack = { by: number; autosave: boolean }
type Tracked = { acks: Ack[]; lastTitle: string }

const latency = (times: number[]): Latency => ({
  p50: percentile(times, 50),
  p95: percentile(times, 95),
  p99: percentile(times, 99),
  max: times.length ? Math.max(...times) : Number.NaN,
})

/** Versions Payload keeps for these saves: an autosave after the same person's autosave updates it. */
export function expectedVersions(acks: Ack[]): number {
  let versions = 0
  let previous: Ack | undefined
  for (const ack of acks) {
    if (!(ack.autosave && previous?.autosave && previous.by === ack.by)) versions += 1
    previous = ack
  }
  return versions
}

async function ensureAccount(payload: Payload, email: string, name: string, role: User['role']) {
  const password = randomBytes(18).toString('base64url')
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    depth: 0,
    limit: 1,
  })
  const user = docs[0]
    ? await payload.update({ collection: 'users', id: docs[0].id, data: { password } })
    : await payload.create({ collection: 'users', data: { email, name, role, password } })
  return { user, password }
}

export async function measureNewsroom(
  payload: Payload,
  foundation: Foundation,
  { seconds, reporters, editorsPerStage, logFile, log }: Options,
): Promise<NewsroomMeasurement> {
  const people = {
    reporter: await Promise.all(
      Array.from({ length: reporters }, (_, i) =>
        ensureAccount(payload, `newsroom-r${i}@county-news.local`, `压测记者${i + 1}`, 'reporter'),
      ),
    ),
    desk: [] as Awaited<ReturnType<typeof ensureAccount>>[],
    section: [] as Awaited<ReturnType<typeof ensureAccount>>[],
    chief: [] as Awaited<ReturnType<typeof ensureAccount>>[],
  }
  for (const role of ['desk', 'section', 'chief'] as const) {
    for (let i = 0; i < editorsPerStage; i++) {
      people[role].push(
        await ensureAccount(
          payload,
          `newsroom-${role}${i}@county-news.local`,
          `压测${role}${i + 1}`,
          role,
        ),
      )
    }
  }
  const photos = await Promise.all([1, 2, 3, 4].map((seed) => cameraPhoto(seed, 1600, 1067)))

  await ensureCmsBuilt()
  // Site builds run in the server, as in production, so they compete with the saves.
  const { child, origin } = await startServer(logFile, {
    SITE_BUILD_RUNNER: 'on',
    LOGIN_RATE_LIMIT: '0',
  })
  const saves: Save[] = []
  const uploads: Timed[] = []
  const tracked = new Map<number, Tracked>()
  const stories = { filed: 0, submitted: 0, published: 0, scheduled: 0 }
  const queues = { first: [] as number[], second: [] as number[], final: [] as number[] }

  const call = async (
    token: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: Record<string, unknown>; ms: number }> => {
    const started = performance.now()
    try {
      const response = await fetch(`${origin}${path}`, {
        method,
        headers: {
          authorization: `JWT ${token}`,
          ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }),
        },
        body:
          body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      })
      const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
      return { status: response.status, json, ms: performance.now() - started }
    } catch (error) {
      return {
        status: 0,
        json: { errors: [{ message: String(error) }] },
        ms: performance.now() - started,
      }
    }
  }
  const messageOf = (json: Record<string, unknown>) =>
    ((json.errors as { message?: string }[] | undefined)?.[0]?.message ?? '').slice(0, 120)
  const record = (
    kind: SaveKind,
    answer: { status: number; json: Record<string, unknown>; ms: number },
  ) => {
    const ok = answer.status >= 200 && answer.status < 300
    saves.push({
      kind,
      ms: answer.ms,
      ok,
      what: ok ? undefined : `${answer.status} ${messageOf(answer.json)}`,
    })
    return ok
  }
  const login = async ({ user, password }: { user: User; password: string }) => {
    const answer = await fetch(`${origin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password }),
    })
    const { token } = (await answer.json()) as { token?: string }
    if (!token) throw new Error(`login as ${user.email}: ${answer.status}`)
    return { user, token }
  }

  const sessions = {
    reporter: await Promise.all(people.reporter.map(login)),
    desk: await Promise.all(people.desk.map(login)),
    section: await Promise.all(people.section.map(login)),
    chief: await Promise.all(people.chief.map(login)),
  }
  const memory = child.pid ? sampleMemory(child.pid, 500) : null
  const loadAtStart = currentLoad()
  const startedAt = new Date().toISOString()
  const deadline = Date.now() + seconds * 1000
  let storyIndex = 0

  const reporterAt = async ({ user, token }: { user: User; token: string }, n: number) => {
    // Starts spread over the first two seconds, as people do not all press a key at once.
    await sleep((n * 2000) / reporters)
    while (Date.now() < deadline) {
      // Indexes far past the archive's, never a profile (every tenth): a new article's text.
      let index = 1_000_000 + storyIndex++
      if (index % 10 === 9) index = 1_000_000 + storyIndex++
      const data = storySpec(index, foundation, { status: 'draft' }).data as Partial<Article>
      // Filed as a reporter files it: a draft of their own, not yet anyone's to sign.
      const created = await call(token, 'POST', '/api/articles?draft=true&depth=0', {
        ...data,
        workflow: 'drafting',
        _status: undefined,
        publishedAt: undefined,
      })
      if (!record('create', created)) continue
      const doc = created.json.doc as Article
      const story: Tracked = { acks: [{ by: user.id, autosave: false }], lastTitle: doc.title }
      tracked.set(doc.id, story)
      stories.filed += 1
      let base = doc.updatedAt
      let leadPhoto: number | undefined
      if (storyIndex % 2 === 0) {
        const form = new FormData()
        const jpeg = photos[storyIndex % photos.length]
        form.append(
          'file',
          new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }),
          `photo-${index}.jpg`,
        )
        form.append(
          '_payload',
          JSON.stringify({ alt: `${doc.title}配图`, creditText: '本报记者摄' }),
        )
        const uploaded = await call(token, 'POST', '/api/media?depth=0', form)
        const ok = uploaded.status === 201
        uploads.push({
          ms: uploaded.ms,
          ok,
          what: ok ? undefined : `${uploaded.status} ${messageOf(uploaded.json)}`,
        })
        if (ok) leadPhoto = (uploaded.json.doc as { id: number }).id
      }
      const body = data.body ?? paragraphsToLexical([''])
      const edits = 6 + (index % 7)
      for (let edit = 1; edit <= edits && Date.now() < deadline; edit++) {
        await sleep(2000)
        const title = `${doc.title}（第${edit}稿）`
        body.root.children.push(
          ...paragraphsToLexical([`补充第${edit}段：${title}。`]).root.children,
        )
        const saved = await call(
          token,
          'PATCH',
          `/api/articles/${doc.id}?draft=true&autosave=true&depth=0`,
          {
            title,
            body,
            ...(leadPhoto && edit === 1 ? { leadPhoto } : {}),
            updatedAt: base,
          },
        )
        if (record('autosave', saved)) {
          base = (saved.json.doc as Article).updatedAt
          story.acks.push({ by: user.id, autosave: true })
          story.lastTitle = title
        }
      }
      if (Date.now() >= deadline) break
      const submitted = await call(token, 'PATCH', `/api/articles/${doc.id}?draft=true&depth=0`, {
        workflow: 'submitted',
        updatedAt: base,
      })
      if (record('submit', submitted)) {
        story.acks.push({ by: user.id, autosave: false })
        stories.submitted += 1
        queues.first.push(doc.id)
      }
    }
  }

  const reviewerAt = async (
    { user, token }: { user: User; token: string },
    stage: keyof typeof queues,
    next: (typeof queues)[keyof typeof queues] | null,
  ) => {
    let turn = 0
    while (Date.now() < deadline) {
      const id = queues[stage].shift()
      if (id === undefined) {
        await sleep(1000)
        continue
      }
      // Opened before signing, as the review panel shows the story and its check.
      await call(token, 'GET', `/api/articles/${id}?draft=true&depth=1`)
      const signed = await call(token, 'POST', `/api/articles/${id}/sign-off`, { stage })
      if (!record('signOff', signed)) continue
      tracked.get(id)?.acks.push({ by: user.id, autosave: false })
      if (next) {
        next.push(id)
        continue
      }
      // 终审 signed: every other story goes live now, the rest are scheduled for tomorrow's paper.
      if (turn++ % 2 === 0) {
        const published = await call(token, 'PATCH', `/api/articles/${id}?depth=0`, {
          _status: 'published',
        })
        if (record('publish', published)) {
          tracked.get(id)?.acks.push({ by: user.id, autosave: false })
          stories.published += 1
        }
      } else {
        // The admin's schedule drawer calls this server function; here it is called directly, as
        // the signer, since it has no REST route.
        const started = performance.now()
        const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
        const answer = await schedulePublishIfPermitted({
          type: 'publish',
          date: new Date(Date.now() + 24 * 3600_000),
          doc: { relationTo: 'articles', value: String(id) },
          req,
        }).catch((error: unknown) => ({ error: String(error) }))
        const error =
          answer && typeof answer === 'object' && 'error' in answer ? answer.error : undefined
        record('schedule', {
          status: error ? 500 : 200,
          json: error ? { errors: [{ message: String(error) }] } : {},
          ms: performance.now() - started,
        })
        if (!error) stories.scheduled += 1
      }
    }
  }

  log(`    ${reporters} reporters and ${editorsPerStage * 3} editors for ${seconds} s…`)
  await Promise.all([
    ...sessions.reporter.map((s, i) => reporterAt(s, i)),
    ...sessions.desk.map((s) => reviewerAt(s, 'first', queues.second)),
    ...sessions.section.map((s) => reviewerAt(s, 'second', queues.final)),
    ...sessions.chief.map((s) => reviewerAt(s, 'final', null)),
  ])
  const loadAtEnd = currentLoad()
  const endedAt = new Date().toISOString()

  const buildJobs = (where: Where) =>
    payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'buildSite' } }, where] },
    })
  const completedDuringRun = (
    await buildJobs({ completedAt: { greater_than_equal: startedAt, less_than_equal: endedAt } })
  ).totalDocs
  // Builds asked for at the end still run: wait (at most five minutes) for the queue to drain.
  const drainBy = Date.now() + 5 * 60_000
  while (Date.now() < drainBy) {
    const pending = await buildJobs({
      completedAt: { exists: false },
      hasError: { not_equals: true },
    })
    if (pending.totalDocs === 0) break
    await sleep(2000)
  }
  const completedAfter = (await buildJobs({ completedAt: { greater_than: endedAt } })).totalDocs
  const failedBuilds = (
    await buildJobs({ hasError: { equals: true }, createdAt: { greater_than_equal: startedAt } })
  ).totalDocs
  const peak = memory?.stop()
  await stopServer(child)

  let acknowledged = 0
  let stored = 0
  let lostLastSave = 0
  for (const [id, story] of tracked) {
    acknowledged += expectedVersions(story.acks)
    stored += (
      await payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } })
    ).totalDocs
    const latest = await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    if (latest.title !== story.lastTitle) lostLastSave += 1
  }

  const failures = new Map<string, number>()
  for (const save of [...saves, ...uploads]) {
    if (save.what) failures.set(save.what, (failures.get(save.what) ?? 0) + 1)
  }
  const summary = (list: Timed[]) => ({
    attempted: list.length,
    failed: list.filter((s) => !s.ok).length,
    latencyMs: latency(list.map((s) => s.ms)),
  })
  return {
    seconds,
    people: { reporters, desk: editorsPerStage, section: editorsPerStage, chief: editorsPerStage },
    saves: summary(saves),
    byKind: Object.fromEntries(
      SAVE_KINDS.map((kind) => [kind, summary(saves.filter((s) => s.kind === kind))]),
    ) as NewsroomMeasurement['byKind'],
    failures: [...failures]
      .map(([what, count]) => ({ what, count }))
      .sort((a, b) => b.count - a.count),
    uploads: summary(uploads),
    stories,
    versions: { acknowledged, stored, lostLastSave },
    builds: { completedDuringRun, completedAfter, failed: failedBuilds },
    serverPeakBytes: peak ? peak.rootBytes + peak.childrenBytes : 0,
    loadAtStart,
    loadAtEnd,
  }
}
