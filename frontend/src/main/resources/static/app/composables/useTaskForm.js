// What every task page does, once: load the task's assessment and the standard version it is scored against,
// its evidence, keep the live preview of that same version, save a draft, and submit after a confirmation —
// putting the server's 400 next to the input it names.
import { api } from '../api.js';
import { standardOf } from '../quarter.js';
import { usePreview } from './usePreview.js';

const { ref, reactive, watch, onMounted, h } = Vue;
const { useI18n } = VueI18n;

/**
 * @param props   the page's props ({ task })
 * @param emit    the page's emit ('done' with a message key)
 * @param options
 *   assessmentId  async () → the assessment to load (default: the task's); null when there is none
 *   evidence      false: the page shows no evidence files
 *   fill          (assessment, standard) → fills the page's form from what is stored
 *   preview       () → { findings, bonuses, vetoes } of the form, for a live score card (none when absent)
 *   watch         () → what the preview follows (deeply)
 *   previewErrors true: a refused preview marks the input (via placeError) and blocks submitting
 *   body          () → the completion (or draft) body
 *   validate      () → false after putting errors in fieldErrors (checked before a draft and a submission)
 *   placeError    (error, body) → the fieldErrors key of the input a 400 names, or null
 *   confirm       (body) → { title, lines: [text | vnode], okText, danger, done: message key }
 */
export function useTaskForm(props, emit, options) {
  const { t, te } = useI18n();
  const loading = ref(true);
  const loadError = ref(null);
  const assessment = ref(null);
  const standard = ref(null);
  const evidence = ref([]);
  const fieldErrors = reactive({});
  const formError = ref(null);
  const busy = ref(false);

  const clearErrors = () => Object.keys(fieldErrors).forEach((k) => delete fieldErrors[k]);
  const hasFieldErrors = () => Object.keys(fieldErrors).length > 0;
  const departmentName = (code) => (code && te('departments.' + code) ? t('departments.' + code) : code);

  /** Puts a refusal next to its input; true when it named one. */
  function place(e, body) {
    const key = e.status === 400 && options.placeError ? options.placeError(e, body) : null;
    if (key === null || key === undefined) return false;
    fieldErrors[key] = e.detail || e.message;
    return true;
  }

  const live = options.preview
    ? usePreview(
      () => ({ standard: assessment.value.standardCode, version: assessment.value.standardVersion, ...options.preview() }),
      {
        onScored: () => options.previewErrors && clearErrors(),
        onError: (e) => {
          if (options.previewErrors) {
            clearErrors();
            place(e, options.body());
          }
          // otherwise the inputs are checked before sending: the card keeps its last value
        },
      })
    : null;

  async function loadEvidence() {
    if (options.evidence === false || !assessment.value) return;
    evidence.value = await api.evidence(assessment.value.id).catch(() => []);
  }

  let watching = false;
  async function load() {
    loading.value = true;
    loadError.value = null;
    try {
      const id = options.assessmentId ? await options.assessmentId() : props.task.assessmentId;
      if (id !== null && id !== undefined) {
        assessment.value = await api.assessment(id);
        standard.value = await standardOf(assessment.value.standardCode, assessment.value.standardVersion);
        if (options.fill) options.fill(assessment.value, standard.value);
        await Promise.all([loadEvidence(), live ? live.preview() : null]);
        if (live && options.watch && !watching) {
          watching = true;
          watch(options.watch, () => live.schedulePreview(), { deep: true });
        }
      }
    } catch (e) {
      loadError.value = e.status === 0 ? t('common.networkError') : e.message;
    } finally {
      loading.value = false;
    }
  }
  onMounted(load);

  function checked() {
    formError.value = null;
    if (options.validate && !options.validate()) {
      formError.value = t('quarter.fixErrors');
      return false;
    }
    return true;
  }

  function failed(e, body) {
    formError.value = place(e, body) ? t('quarter.fixErrors') : e.detail || e.message;
  }

  async function saveDraft() {
    if (!checked()) return;
    const body = options.body();
    busy.value = true;
    try {
      await api.saveDraft(props.task.id, body);
      antd.message.success(t('quarter.draftSaved'));
    } catch (e) {
      failed(e, body);
    } finally {
      busy.value = false;
    }
  }

  async function submit() {
    if (!checked()) return;
    if (live) {
      live.schedulePreview.cancel();
      await live.preview();
      if (options.previewErrors && hasFieldErrors()) {
        formError.value = t('quarter.fixErrors');
        return;
      }
    }
    const body = options.body();
    const confirmation = options.confirm(body);
    antd.Modal.confirm({
      title: confirmation.title,
      content: h('div', { id: 'confirm-content' }, confirmation.lines.filter(Boolean).map((line) => (typeof line === 'string' ? h('p', line) : line))),
      okText: confirmation.okText || t('quarter.submit'),
      okButtonProps: confirmation.danger ? { danger: true } : {},
      cancelText: t('quarter.cancel'),
      async onOk() {
        busy.value = true;
        try {
          await api.completeTask(props.task.id, body);
          emit('done', confirmation.done);
        } catch (e) {
          failed(e, body);
        } finally {
          busy.value = false;
        }
      },
    });
  }

  return {
    t, loading, loadError, assessment, standard, evidence, loadEvidence, fieldErrors, formError, busy, clearErrors,
    departmentName, load, saveDraft, submit,
    card: live ? live.card : ref(null),
    previewing: live ? live.previewing : ref(false),
  };
}
