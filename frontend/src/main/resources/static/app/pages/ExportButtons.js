// 导出Excel / 下载PDF / 打印: the download links of a page (plain GETs with the session cookie; the server
// authorises them like the page's JSON) and the browser's print dialog, which uses the print stylesheet in app.css.
const { useI18n } = VueI18n;

export default {
  name: 'ExportButtons',
  props: {
    /** [{ href, label (message key), id }] of xlsx downloads. */
    excel: { type: Array, default: () => [] },
    /** [{ href, label, id }] of PDF downloads. */
    pdf: { type: Array, default: () => [] },
    printable: { type: Boolean, default: false },
  },
  setup() {
    const { t } = useI18n();
    const print = () => window.print();
    return { t, print };
  },
  template: `
    <span class="export-buttons no-print">
      <a-button v-for="x in excel" :key="x.id" :id="x.id" :href="x.href" size="small" download>⤓ {{ t(x.label || 'reports.exportExcel') }}</a-button>
      <a-button v-for="x in pdf" :key="x.id" :id="x.id" :href="x.href" size="small" download>⤓ {{ t(x.label || 'reports.downloadPdf') }}</a-button>
      <a-button v-if="printable" id="print-page" size="small" @click="print">{{ t('reports.print') }}</a-button>
    </span>`,
};
