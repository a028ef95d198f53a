// Public status page (contract §6.11): API health and version.
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';

type Connection = { state: 'checking' } | { state: 'up' } | { state: 'down'; error: string };

export function Status() {
  const [connection, setConnection] = useState<Connection>({ state: 'checking' });
  const [version, setVersion] = useState('');

  useEffect(() => {
    api
      .get<{ status: string }>('/health')
      .then(() => setConnection({ state: 'up' }))
      .catch((err: Error) => setConnection({ state: 'down', error: err.message }));
    api
      .get<{ version: string }>('/version')
      .then((res) => setVersion(res.version))
      .catch(() => setVersion(''));
  }, []);

  return (
    <div className="app-main">
      <h1>CMEP</h1>
      <h2>Estado del Sistema</h2>
      <div className="card">
        {connection.state === 'checking' && 'Verificando conexion...'}
        {connection.state === 'up' && 'Conectado — Backend healthy'}
        {connection.state === 'down' && `Desconectado — ${connection.error}`}
        {version && <p>Version: {version}</p>}
      </div>
    </div>
  );
}
