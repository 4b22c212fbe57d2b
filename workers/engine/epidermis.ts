/**
 * Per-channel state of the epidermis over each opening (the keratinocyte system advances it: cells/keratinocytes.ts)
 * and the block's relative epidermal thickness.
 */
export class EpidermisState {
  /** Radius of the epidermal opening at the session, µm. */
  readonly openingUm: Float32Array;
  /** Furthest ring member's distance to the axis, µm. */
  readonly frontUm: Float32Array;
  /** Hour the basal layer closed, or −1. */
  readonly coveredAtH: Float32Array;
  /** Unsealed fraction of the opening (1 − stratum-corneum seal): water escapes through it. */
  readonly barrierDeficit: Float32Array;
  readonly restored: Float32Array;
  /** Relative viable-epidermis thickness of the block (1 = pre-treatment). */
  thickness = 1;
  /** Relative size of the basal (proliferative) keratinocyte pool (1 = at rest; skinResponse.ts). */
  basalPool = 1;

  constructor(channelCapacity: number) {
    this.openingUm = new Float32Array(channelCapacity);
    this.frontUm = new Float32Array(channelCapacity);
    this.coveredAtH = new Float32Array(channelCapacity);
    this.barrierDeficit = new Float32Array(channelCapacity);
    this.restored = new Float32Array(channelCapacity);
  }
}
