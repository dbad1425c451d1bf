/** What every entry rule needs: the chart of accounts and the company's VAT option. */
import type { ChartAccount } from "./chart";

export interface PostingRules {
  chart: readonly ChartAccount[];
  /**
   * The company opted for VAT on debits (CGI art. 269-2-c, option of CGI annexe III art. 77): the VAT of
   * its services is due on the invoice. Otherwise it is due when the client pays.
   */
  vatOnDebits: boolean;
}
