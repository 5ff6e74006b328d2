'use client'
import { ArrayField, useForm, useFormFields } from '@payloadcms/ui'
import type { ArrayFieldClientComponent } from 'payload'
import React, { useEffect, useRef, useState } from 'react'

import type { Article, PagePrint, Profile } from '@/payload-types'

type Box = { x: number; y: number; w: number; h: number }
type StoryRef = {
  relationTo: 'articles' | 'profiles'
  value: number | string | { id: number | string }
}
type Drag = {
  index: number | null
  mode: 'move' | 'resize' | 'draw'
  start: Box
  from: { x: number; y: number }
}

const clamp = (n: number) => Math.min(1, Math.max(0, n))
const idOf = (ref: StoryRef) => (typeof ref.value === 'object' ? ref.value.id : ref.value)
const keyOf = (ref: StoryRef) => `${ref.relationTo}:${idOf(ref)}`
const COLOURS = ['#d9480f', '#1971c2', '#2f9e44', '#9c36b5', '#e8590c', '#0c8599']
/** Half a percent of the page per key press: fine enough to match a column's edge. */
const KEY_STEP = 0.005
const ARROWS: Record<string, { x: number; y: number }> = {
  ArrowLeft: { x: -KEY_STEP, y: 0 },
  ArrowRight: { x: KEY_STEP, y: 0 },
  ArrowUp: { x: 0, y: -KEY_STEP },
  ArrowDown: { x: 0, y: KEY_STEP },
}

/**
 * The story areas of an edition's page, drawn over its printed image: drag on the image to draw an
 * area for the story chosen above it, drag an area to move it, its corner to resize it. The rows
 * below stay editable as numbers (fractions of the page), the way the areas are stored. Without a
 * mouse, Tab reaches each area: the arrow keys move it, Shift with them resizes it.
 */
export const StoryAreasField: ArrayFieldClientComponent = (props) => {
  const path = props.path ?? props.field.name
  const base = path.split('.').slice(0, -1).join('.')
  const at = (name: string) => (base ? `${base}.${name}` : name)
  const { addFieldRow, dispatchFields, setModified } = useForm()
  const printId = useFormFields(([fields]) => fields[at('print')]?.value) as
    number | string | { id: number | string } | null
  const stories = (useFormFields(([fields]) => fields[at('stories')]?.value) ?? []) as StoryRef[]
  const rows = (useFormFields(([fields]) => fields[path]?.value) ?? 0) as number
  const areas = useFormFields(([fields]) =>
    Array.from({ length: Number(rows) || 0 }, (_, i) => ({
      story: fields[`${path}.${i}.story`]?.value as StoryRef | undefined,
      x: Number(fields[`${path}.${i}.x`]?.value ?? 0),
      y: Number(fields[`${path}.${i}.y`]?.value ?? 0),
      w: Number(fields[`${path}.${i}.w`]?.value ?? 0),
      h: Number(fields[`${path}.${i}.h`]?.value ?? 0),
    })),
  )
  const [image, setImage] = useState<string | null>(null)
  const [titles, setTitles] = useState<Record<string, string>>({})
  const [chosen, setChosen] = useState('')
  const [drag, setDrag] = useState<Drag | null>(null)
  const [draft, setDraft] = useState<Box | null>(null)
  const surface = useRef<HTMLDivElement>(null)

  const id = printId && typeof printId === 'object' ? printId.id : printId
  useEffect(() => {
    if (!id) return setImage(null)
    void fetch(`/api/page-prints/${id}?depth=0`, { credentials: 'include' })
      .then((r) => r.json() as Promise<PagePrint>)
      .then((doc) => setImage(doc.sizes?.full?.url ?? doc.url ?? null))
  }, [id])
  const storyKeys = stories.map(keyOf).join(',')
  useEffect(() => {
    for (const ref of stories) {
      void fetch(`/api/${ref.relationTo}/${idOf(ref)}?depth=0&draft=true&select[title]=true`, {
        credentials: 'include',
      })
        .then((r) => r.json() as Promise<Pick<Article | Profile, 'title'>>)
        .then((doc) => setTitles((t) => ({ ...t, [keyOf(ref)]: doc.title ?? keyOf(ref) })))
    }
    // The stories' keys say when the stories change.
  }, [storyKeys])

  const point = (event: React.PointerEvent) => {
    const r = surface.current!.getBoundingClientRect()
    return {
      x: clamp((event.clientX - r.left) / r.width),
      y: clamp((event.clientY - r.top) / r.height),
    }
  }
  const setBox = (index: number, box: Box) => {
    for (const name of ['x', 'y', 'w', 'h'] as const) {
      dispatchFields({
        type: 'UPDATE',
        path: `${path}.${index}.${name}`,
        value: Number(box[name].toFixed(4)),
      })
    }
    setModified(true)
  }
  const moved = (d: Drag, to: { x: number; y: number }): Box => {
    const dx = to.x - d.from.x
    const dy = to.y - d.from.y
    if (d.mode === 'move') {
      return {
        ...d.start,
        x: clamp(Math.min(d.start.x + dx, 1 - d.start.w)),
        y: clamp(Math.min(d.start.y + dy, 1 - d.start.h)),
      }
    }
    if (d.mode === 'resize')
      return {
        ...d.start,
        w: Math.min(1 - d.start.x, Math.max(0.01, d.start.w + dx)),
        h: Math.min(1 - d.start.y, Math.max(0.01, d.start.h + dy)),
      }
    return {
      x: Math.min(d.from.x, to.x),
      y: Math.min(d.from.y, to.y),
      w: Math.abs(dx),
      h: Math.abs(dy),
    }
  }
  const onDown = (event: React.PointerEvent, index: number | null, mode: Drag['mode']) => {
    if (mode === 'draw' && !chosen) return
    event.stopPropagation()
    event.preventDefault()
    surface.current?.setPointerCapture(event.pointerId)
    const from = point(event)
    setDrag({ index, mode, from, start: index === null ? { ...from, w: 0, h: 0 } : areas[index] })
  }
  const onKey = (event: React.KeyboardEvent, index: number) => {
    const step = ARROWS[event.key]
    if (!step) return
    event.preventDefault()
    const mode = event.shiftKey ? 'resize' : 'move'
    setBox(index, moved({ index, mode, start: areas[index], from: { x: 0, y: 0 } }, step))
  }
  const onMove = (event: React.PointerEvent) => {
    if (drag) setDraft(moved(drag, point(event)))
  }
  const onUp = (event: React.PointerEvent) => {
    if (!drag) return
    const box = moved(drag, point(event))
    if (drag.index !== null) setBox(drag.index, box)
    else if (box.w > 0.01 && box.h > 0.01) {
      const [relationTo, value] = chosen.split(':')
      const state = (v: unknown) => ({ value: v, initialValue: v, valid: true })
      addFieldRow({
        path,
        schemaPath: props.schemaPath ?? path,
        rowIndex: areas.length,
        subFieldState: {
          story: state({ relationTo, value: Number.isNaN(Number(value)) ? value : Number(value) }),
          x: state(Number(box.x.toFixed(4))),
          y: state(Number(box.y.toFixed(4))),
          w: state(Number(box.w.toFixed(4))),
          h: state(Number(box.h.toFixed(4))),
        },
      })
      setModified(true)
    }
    setDrag(null)
    setDraft(null)
  }

  const colourOf = (ref?: StoryRef) =>
    COLOURS[
      Math.max(
        0,
        stories.findIndex((s) => ref && keyOf(s) === keyOf(ref)),
      ) % COLOURS.length
    ]
  const pct = (b: Box): React.CSSProperties => ({
    position: 'absolute',
    left: `${b.x * 100}%`,
    top: `${b.y * 100}%`,
    width: `${b.w * 100}%`,
    height: `${b.h * 100}%`,
  })

  return (
    <div>
      {image ? (
        <div style={{ marginBottom: 'var(--base)' }}>
          <label>
            画新热区对应的稿件：
            <select
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
              data-testid="area-story"
            >
              <option value="">（先选稿件，再在版面图上拖动画出）</option>
              {stories.map((s) => (
                <option key={keyOf(s)} value={keyOf(s)}>
                  {titles[keyOf(s)] ?? keyOf(s)}
                </option>
              ))}
            </select>
          </label>
          <div
            ref={surface}
            data-testid="area-surface"
            onPointerDown={(e) => onDown(e, null, 'draw')}
            onPointerMove={onMove}
            onPointerUp={onUp}
            style={{
              position: 'relative',
              maxWidth: 720,
              marginTop: 8,
              cursor: chosen ? 'crosshair' : 'default',
              touchAction: 'none',
              userSelect: 'none',
            }}
          >
            <img
              src={image}
              alt="版面图"
              draggable={false}
              style={{ width: '100%', display: 'block' }}
            />
            {areas.map((area, i) => {
              const shown = drag?.index === i && draft ? draft : area
              const colour = colourOf(area.story)
              return (
                <div
                  key={i}
                  data-testid="area"
                  tabIndex={0}
                  aria-label={`热区 ${i + 1}${area.story ? `：${titles[keyOf(area.story)] ?? ''}` : ''}（方向键移动，Shift+方向键调整大小）`}
                  title={area.story ? titles[keyOf(area.story)] : ''}
                  onPointerDown={(e) => onDown(e, i, 'move')}
                  onKeyDown={(e) => onKey(e, i)}
                  style={{
                    ...pct(shown),
                    border: `2px solid ${colour}`,
                    background: `${colour}22`,
                    cursor: 'move',
                  }}
                >
                  <span
                    style={{ background: colour, color: '#fff', fontSize: 11, padding: '0 3px' }}
                  >
                    {area.story ? (titles[keyOf(area.story)] ?? '') : ''}
                  </span>
                  <span
                    onPointerDown={(e) => onDown(e, i, 'resize')}
                    style={{
                      position: 'absolute',
                      right: -5,
                      bottom: -5,
                      width: 10,
                      height: 10,
                      background: colour,
                      cursor: 'nwse-resize',
                    }}
                  />
                </div>
              )
            })}
            {drag?.index === null && draft ? (
              <div style={{ ...pct(draft), border: '2px dashed #333' }} />
            ) : null}
          </div>
        </div>
      ) : (
        <p>上传版面图后可在图上画出稿件热区。</p>
      )}
      <ArrayField {...props} />
    </div>
  )
}
