// 个人 API 令牌: create (the secret shown once), list and revoke one's own tokens (docs/security.md, "API tokens").
import { api } from '../api.js';

const { ref, onMounted } = Vue;
const { useI18n } = VueI18n;

export default {
  name: 'TokensPage',
  setup() {
    const { t } = useI18n();
    const tokens = ref([]);
    const loading = ref(true);
    const error = ref(null);
    const name = ref('');
    const creating = ref(false);
    const fresh = ref(null); // the token just created, with its secret

    async function load() {
      loading.value = true;
      error.value = null;
      try {
        tokens.value = await api.tokens();
      } catch (e) {
        error.value = e.status === 0 ? t('common.networkError') : e.message;
      } finally {
        loading.value = false;
      }
    }
    onMounted(load);

    async function create() {
      creating.value = true;
      error.value = null;
      try {
        fresh.value = await api.createToken(name.value);
        name.value = '';
        await load();
      } catch (e) {
        error.value = e.message;
      } finally {
        creating.value = false;
      }
    }
    function revoke(token) {
      antd.Modal.confirm({
        title: t('scale.tokens.confirmRevoke', { name: token.name }),
        okText: t('scale.tokens.revoke'),
        okType: 'danger',
        async onOk() {
          await api.revokeToken(token.id);
          if (fresh.value && fresh.value.id === token.id) fresh.value = null;
          antd.message.success(t('scale.tokens.revoked'));
          await load();
        },
      });
    }
    async function copy() {
      try {
        await navigator.clipboard.writeText(fresh.value.token);
        antd.message.success(t('scale.tokens.copied'));
      } catch (ignored) {
        // the field is selectable; copying by hand still works
      }
    }
    const fmt = (instant) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : t('scale.tokens.never'));
    const columns = [
      { title: t('scale.tokens.name'), dataIndex: 'name', key: 'name' },
      { title: t('scale.tokens.prefix'), dataIndex: 'prefix', key: 'prefix' },
      { title: t('scale.tokens.created'), key: 'created' },
      { title: t('scale.tokens.lastUsed'), key: 'lastUsed' },
      { title: '', key: 'action', width: 90 },
    ];
    return { t, tokens, loading, error, name, creating, fresh, create, revoke, copy, fmt, columns };
  },
  template: `
    <div class="page tokens-page">
      <h1 class="page-title">{{ t('scale.tokens.title') }}</h1>
      <p class="page-intro">{{ t('scale.tokens.intro') }}</p>
      <a-alert v-if="error" type="error" show-icon :message="t('common.error')" :description="error" />
      <form class="toolbar" @submit.prevent="create">
        <a-input id="token-name" v-model:value="name" :placeholder="t('scale.tokens.namePlaceholder')" :maxlength="100"
                 style="width: 260px" :aria-label="t('scale.tokens.name')" />
        <a-button id="create-token" type="primary" html-type="submit" :loading="creating" :disabled="!name.trim()">
          {{ t('scale.tokens.create') }}</a-button>
      </form>
      <a-alert v-if="fresh" type="success" show-icon id="new-token" :message="t('scale.tokens.shownOnce')">
        <template #description>
          <code id="new-token-value" class="token-secret">{{ fresh.token }}</code>
          <a-button size="small" @click="copy">{{ t('scale.tokens.copy') }}</a-button>
        </template>
      </a-alert>
      <a-table :columns="columns" :data-source="tokens" row-key="id" :loading="loading" size="middle" id="token-table"
               :pagination="false" :locale="{ emptyText: t('scale.tokens.none') }">
        <template #bodyCell="{ column, record }">
          <template v-if="column.key === 'prefix'"><code>{{ record.prefix }}…</code></template>
          <template v-else-if="column.key === 'created'">{{ fmt(record.created) }}</template>
          <template v-else-if="column.key === 'lastUsed'">{{ fmt(record.lastUsed) }}</template>
          <template v-else-if="column.key === 'action'">
            <a-button type="link" danger size="small" :data-token="record.id" @click="revoke(record)">{{ t('scale.tokens.revoke') }}</a-button>
          </template>
        </template>
      </a-table>
    </div>`,
};
