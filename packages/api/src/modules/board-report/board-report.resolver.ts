import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { REST_PREFIX } from '../../rest/problem';
import { ReportingRound } from '../round/round.entity';
import { roundKey } from '../round/round.ref';
import { BOARD_REPORT_MAX_CHANGES, BoardReportService, type BoardReportFormatName } from './board-report.service';

export enum BoardReportFormat {
  HTML = 'html',
  MD = 'md',
  PDF = 'pdf',
}

registerEnumType(BoardReportFormat, {
  name: 'BoardReportFormat',
  description: 'A format of the board report pack.',
  valuesConfig: {
    HTML: { description: 'One self-contained accessible HTML document (inline CSS and SVG charts, no script, no URL).' },
    MD: { description: 'GitHub-flavoured Markdown.' },
    PDF: { description: 'An A4 PDF printed from the HTML by headless Chromium (content is base64).' },
  },
});

@ObjectType({ description: "A round's board report pack, rendered." })
export class BoardReport {
  @Field(() => BoardReportFormat)
  format!: BoardReportFormat;

  @Field({ description: 'The media type of the content, e.g. "application/pdf".' })
  mediaType!: string;

  @Field({ description: 'A file name for it, e.g. "tower-hamlets-cdp-2024-25-q2-board-pack.pdf" ("-draft" before the extension for a draft).' })
  filename!: string;

  @Field({ description: "Built from live data (the round is OPEN): the pack says DRAFT on every page. A CLOSED round's pack is its stored snapshot." })
  draft!: boolean;

  @Field({ description: "When the pack was made: a closed round's snapshot's takenAt (so its bytes never change), else now (ISO 8601)." })
  generatedAt!: string;

  @Field({ description: 'The pack: the HTML or Markdown text; for PDF, its bytes in base64.' })
  content!: string;

  @Field(() => Int, { description: 'How many bytes the pack is (the PDF before base64).' })
  byteLength!: number;

  @Field(() => Int, {
    description: `Changes since the last board left out of the pack's "What changed" section: it lists the first ${BOARD_REPORT_MAX_CHANGES} (oldest first) and says how many more there are; the audit log (changes) has them all.`,
  })
  changesOmitted!: number;

  @Field({ description: "The same report over REST, a path from the server's root: /api/v1/rounds/{key}/report.pdf." })
  url!: string;

  @Field(() => ReportingRound)
  round!: ReportingRound;
}

const FORMATS: Record<BoardReportFormat, BoardReportFormatName> = {
  [BoardReportFormat.HTML]: 'html',
  [BoardReportFormat.MD]: 'md',
  [BoardReportFormat.PDF]: 'pdf',
};

@Resolver(() => BoardReport)
export class BoardReportResolver {
  constructor(private readonly boardReports: BoardReportService) {}

  @Authorized()
  @Query(() => BoardReport, {
    description:
      "The board report pack of a round (an API key is needed: the pack lists the audit log's changes since the last board, with who made them): the summary, exceptions, actions without updates, measures, reprocurement deadlines and what changed. A CLOSED round's pack is built from its stored snapshot (its HTML and Markdown are the same bytes every time); an OPEN round's is a draft from live data. PDF needs Chromium on the server (else SERVICE_UNAVAILABLE, reason PDF_RENDERER_UNAVAILABLE). Also GET /api/v1/rounds/{id}/report.html|.pdf|.md.",
  })
  async boardReport(
    @Ctx() ctx: RequestContext,
    @Arg('round', () => String, { description: 'The round: its ID, or its key "2024-25Q2" (also "2024-25 Q2").' }) round: string,
    @Arg('format', () => BoardReportFormat, { defaultValue: BoardReportFormat.HTML }) format: BoardReportFormat,
  ): Promise<BoardReport> {
    const name = FORMATS[format];
    const report = await this.boardReports.render(ctx, round, name);
    return {
      format,
      mediaType: report.mediaType,
      filename: report.filename,
      draft: report.draft,
      generatedAt: report.generatedAt,
      content: name === 'pdf' ? report.bytes.toString('base64') : report.bytes.toString('utf8'),
      byteLength: report.bytes.length,
      changesOmitted: report.changesOmitted,
      url: `${REST_PREFIX}/rounds/${encodeURIComponent(roundKey(report.round))}/report.${name}`,
      round: report.round,
    };
  }
}
