/** The shape of bench/results/latest.json. Times in milliseconds, sizes in bytes. */
import type { Machine } from './lib/machine'
import type { Spread } from './lib/stats'
import type { BuildMeasurement } from './measure/build'
import type { ApiMeasurement } from './measure/api'
import type { NewsroomMeasurement } from './measure/newsroom'
import type { PageWeightMeasurement } from './measure/pageWeight'
import type { PhotoMeasurement } from './measure/photo'
import type { PublishMeasurement } from './measure/publish'

export type { Spread }

export type GenerationRun = {
  from: number
  to: number
  stories: number
  editions: number
  foundationMs: number
  storiesMs: number
  msPerStory: number
}

export type Goal = {
  name: string
  target: string
  measured: string
  met: boolean | null
  /** Why, when missed: the phase that takes the time and what would fix it. */
  note: string
}

export type BenchResults = {
  generatedAt: string
  command: string
  /** The machine, with its load averages when the (first full) run began. */
  machine: Machine
  options: {
    stories: number
    sizes: number[]
    runs: number
    publishRuns: number
    maxLoad: number
    waitMinutes: number
    apiSeconds: number
    connections: number
    /** Length of the newsroom load test (`--newsroom-seconds`); older results lack it. */
    newsroomSeconds?: number
  }
  workspace: { database: string; ramDir: string }
  generation: GenerationRun[]
  builds: BuildMeasurement[]
  publish: PublishMeasurement | null
  pageWeight: PageWeightMeasurement | null
  photo: PhotoMeasurement | null
  api: ApiMeasurement | null
  /** Twenty people saving at once (`--only newsroom`); absent from results that predate it. */
  newsroom?: NewsroomMeasurement | null
  /** When, and by which command, each measurement in the file was taken. */
  sections?: Partial<Record<'build' | 'publish' | 'weight' | 'photo' | 'api' | 'newsroom', Section>>
  goals?: Goal[]
}

/** `load` is the 1-minute load average when the run began. */
export type Section = { generatedAt: string; command: string; load: number }
