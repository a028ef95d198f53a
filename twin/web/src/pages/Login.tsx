// Login page (contract §6.3): the only form whose labels are associated with their inputs.
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { useAuth } from '../auth/AuthContext.tsx';
import { MessageBox } from '../components/MessageBox.tsx';

export function Login() {
  const { login } = useAuth();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await login(email, password);
      navigate('/app');
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 403
          ? 'Usuario suspendido. Contacte al administrador.'
          : 'Credenciales invalidas.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <div className="login-card">
        <h1 style={{ margin: '0 0 4px', textAlign: 'center' }}>CMEP</h1>
        <p style={{ marginTop: 0, textAlign: 'center', color: '#4b5563' }}>Certificado Medico de Evaluacion Profesional</p>
        <form onSubmit={handleSubmit}>
          <div className="field">
            <label htmlFor="email">Email</label>
            <input id="email" type="email" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="password">Contrasena</label>
            <input
              id="password"
              type="password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <MessageBox tone="error">{error}</MessageBox>
          <button type="submit" className="btn" style={{ width: '100%' }} disabled={busy}>
            {busy ? 'Ingresando...' : 'Ingresar'}
          </button>
        </form>
      </div>
    </div>
  );
}
