// A value read from the server for a page or a tab: the value, whether it is being read, the problem's text when the
// read failed, and load() to read it (again, e.g. after a change); act(key, work) runs one row's action with that
// row's key as `busy`, reads the value again, and shows the problem when the action failed.
const { ref } = Vue;

export function useLoad(read, initial = []) {
  const data = ref(initial);
  const loading = ref(false);
  const error = ref(null);
  async function load() {
    loading.value = true;
    error.value = null;
    try {
      data.value = await read();
    } catch (e) {
      error.value = e.detail || e.message;
    } finally {
      loading.value = false;
    }
  }
  const busy = ref(null);
  async function act(key, work) {
    busy.value = key;
    try {
      await work();
      await load();
    } catch (e) {
      antd.message.error(e.detail || e.message);
    } finally {
      busy.value = null;
    }
  }
  return { data, loading, error, load, busy, act };
}
