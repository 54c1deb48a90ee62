import type { RequestContext } from '../../context';
import { AppError, ErrorCode } from '../../common/errors';
import { toGlobalId } from '../../common/global-id';
import type { DataAccess } from '../../writes/data-access';
import { BOARD_PACK_MEDIA_TYPES, boardPackHeaderText, renderBoardPack, renderBoardPackPdf, type BoardPackChange, type BoardPackInput } from '../../board-pack';
import { AuditEntry } from '../audit/audit.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Plan } from '../plan/plan.entity';
import { ReportingRound, RoundStatus } from '../round/round.entity';
import { roundKey } from '../round/round.ref';
import type { RoundService } from '../round/round.service';

/** The pack's formats: HTML (a whole document), Markdown, PDF (printed from the HTML by Chromium). */
export type BoardReportFormatName = 'html' | 'md' | 'pdf';

/** At most this many changes since the last board are listed in the pack (the oldest first); the rest are counted in changesOmitted. */
export const BOARD_REPORT_MAX_CHANGES = 500;

/** The board pack of a round, rendered. */
export interface BoardReportResult {
  round: ReportingRound;
  format: BoardReportFormatName;
  mediaType: string;
  filename: string;
  draft: boolean;
  generatedAt: string;
  /** The bytes: UTF-8 text for html and md, the PDF's bytes for pdf. */
  bytes: Buffer;
  /** Changes since the last board beyond BOARD_REPORT_MAX_CHANGES, left out of the pack. */
  changesOmitted: number;
}

/** "Tower Hamlets" → "tower-hamlets". */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'partnership'
  );
}

/**
 * The board report pack served from a round: the input (board-pack/types.ts) assembled from the
 * round's stored snapshot (CLOSED) or its draft (OPEN, live data), the previous closed round's
 * snapshot, the audit log in the round's change window and the partnership's name; then rendered.
 * A closed round's pack is generated "at" its snapshot's takenAt, so its bytes never change.
 */
export class BoardReportService {
  constructor(
    private readonly data: DataAccess,
    private readonly rounds: RoundService,
    private readonly chromiumPath: string | undefined,
  ) {}

  /** The pack's input for the round `ref` names (ID or key "2024-25Q2"); NOT_FOUND naming `argument`. */
  async input(ctx: RequestContext, ref: string, argument: string): Promise<{ round: ReportingRound; input: BoardPackInput; changesOmitted: number }> {
    const round = await this.rounds.get(ctx, ref, argument);
    const closed = round.status === RoundStatus.CLOSED;
    const [snapshot, previousRound, window, plan] = await Promise.all([
      closed ? Promise.resolve(this.rounds.storedSnapshot(round)) : this.rounds.draftSnapshot(ctx, round),
      this.rounds.previousClosed(ctx, round),
      this.rounds.changeWindow(ctx, round),
      this.data.repository(ctx, Plan).findOne({ where: { id: round.planId }, select: { id: true, partnershipId: true } }),
    ]);
    if (!snapshot) throw new Error(`unreachable: the ${round.quarterLabel} round (${round.status}) has no snapshot`);
    const partnership = plan ? await this.data.repository(ctx, Partnership).findOne({ where: { id: plan.partnershipId } }) : null;
    const { changes, omitted } = await this.changes(ctx, window.since, window.until);
    return {
      round,
      changesOmitted: omitted,
      input: {
        snapshot,
        previous: previousRound ? this.rounds.storedSnapshot(previousRound) : null,
        changes,
        changesOmitted: omitted,
        draft: !closed,
        generatedAt: closed ? snapshot.takenAt : new Date().toISOString(),
        partnershipName: partnership?.name ?? '',
      },
    };
  }

  /**
   * The audit log's entries in [since, until) as the pack's changes, oldest first, at most
   * BOARD_REPORT_MAX_CHANGES (two statements: the page and the count). Refusals (entity type
   * "Denied") are not changes and are left out.
   */
  private async changes(ctx: RequestContext, since: Date, until: Date | null): Promise<{ changes: BoardPackChange[]; omitted: number }> {
    const qb = this.data.query(ctx, AuditEntry, 'e').where('e.at >= :since', { since }).andWhere("e.entityType <> 'Denied'");
    if (until) qb.andWhere('e.at < :until', { until });
    const [entries, total] = await qb.orderBy('e.id', 'ASC').take(BOARD_REPORT_MAX_CHANGES).getManyAndCount();
    return {
      omitted: Math.max(0, total - entries.length),
      changes: entries.map((e) => ({
        at: e.at.toISOString(),
        entityType: e.entityType,
        entityId: toGlobalId(e.entityType, e.entityId),
        operation: e.operation,
        summary: `${e.mutation}: ${e.changes.map((c) => c.field).join(', ')}`,
        actor: e.actorName,
      })),
    };
  }

  /** The round's pack in `format`. PDF without a working Chromium: SERVICE_UNAVAILABLE (PDF_RENDERER_UNAVAILABLE). */
  async render(ctx: RequestContext, ref: string, format: BoardReportFormatName, argument = 'round'): Promise<BoardReportResult> {
    if (format !== 'html' && format !== 'md' && format !== 'pdf')
      throw new AppError(ErrorCode.BAD_USER_INPUT, `The board report's format is html, md or pdf, got ${JSON.stringify(format)}.`, { argument: 'format' });
    const { round, input, changesOmitted } = await this.input(ctx, ref, argument);
    const html = format === 'md' ? null : renderBoardPack(input, 'html');
    const bytes =
      format === 'md'
        ? Buffer.from(renderBoardPack(input, 'md'), 'utf8')
        : format === 'html'
          ? Buffer.from(html ?? '', 'utf8')
          : await renderBoardPackPdf(html ?? '', { chromiumPath: this.chromiumPath, headerText: boardPackHeaderText(input) });
    return {
      round,
      format,
      mediaType: BOARD_PACK_MEDIA_TYPES[format],
      filename: this.filename(round, input, format),
      draft: input.draft,
      generatedAt: input.generatedAt,
      bytes,
      changesOmitted,
    };
  }

  /** "tower-hamlets-cdp-2024-25-q2-board-pack.pdf" for Tower Hamlets Combating Drugs Partnership ("...-board-pack-draft.pdf" for a draft). */
  private filename(round: ReportingRound, input: BoardPackInput, format: BoardReportFormatName): string {
    const area = input.partnershipName.replace(/\b(combating drugs|community safety)?\s*partnership\b/i, '').trim() || input.partnershipName;
    return `${slug(area)}-cdp-${slug(roundKey(round).replace(/Q/, '-q'))}-board-pack${input.draft ? '-draft' : ''}.${format}`;
  }
}
