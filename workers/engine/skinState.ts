/** Block-level skin scalars a patient sees (advanced by skinResponse.ts and cells/melanocytes.ts). */
export class SkinResponse {
  erythema = 0;
  melanocyteActivation = 0;
}
